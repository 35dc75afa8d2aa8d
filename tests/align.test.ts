/**
 * The aligner (lib/align/) and its parts: romanisation, anchors, line roles, the team's hand-made
 * cases, and the bilingual corpus' gold links. Over 300 lines because every case here reads the same
 * corpus loaders; the corpus itself is scored by `npm run bench:align`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignmentSteps, classifyLine, phoneticKey, romanize, romanizeName, sameRomanizedName } from '../lib/align';
import { consonantSkeleton, romanizePronounced } from '../lib/align/romanize';
import { englishNumbers, koreanNumbers } from '../lib/align/anchors';
import { countSentences } from '../lib/sentences';
import type { AlignmentLink } from '../lib/types';
import {
  BREAKNEWS_EXCERPTS,
  NTREX_FOLDER,
  buildNtrexCases,
  loadBreaknewsExcerpts,
  loadSeedArticle,
  scoreLinks,
  sharedFolder,
  totalScore,
  type AlignmentCase,
} from '../testing/align-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = sharedFolder(repoRoot);
const handmadeFolder = path.join(repoRoot, 'tests/fixtures/align-handmade');

function loadHandmade(name: string): AlignmentCase {
  return JSON.parse(readFileSync(path.join(handmadeFolder, `${name}.json`), 'utf8'));
}

const linkKeys = (links: Array<Pick<AlignmentLink, 'ko' | 'en'>>) => links.map((link) => `${link.ko}|${link.en}`);

/** The output contract: ascending contiguous indices, each index in at most one link, links in order, confidence in 0..1. */
function expectWellFormed(links: AlignmentLink[], koCount: number, enCount: number) {
  const seenKo = new Set<number>();
  const seenEn = new Set<number>();
  let previousKo = -1;
  let previousEn = -1;
  for (const link of links) {
    expect(link.ko.length).toBeGreaterThan(0);
    expect(link.en.length).toBeGreaterThan(0);
    for (const [indices, seen, count] of [
      [link.ko, seenKo, koCount],
      [link.en, seenEn, enCount],
    ] as const) {
      indices.forEach((index, position) => {
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(count);
        if (position > 0) expect(index).toBe(indices[position - 1] + 1);
        expect(seen.has(index)).toBe(false);
        seen.add(index);
      });
    }
    expect(link.ko[0]).toBeGreaterThan(previousKo);
    expect(link.en[0]).toBeGreaterThan(previousEn);
    previousKo = link.ko.at(-1)!;
    previousEn = link.en.at(-1)!;
    expect(link.confidence).toBeGreaterThanOrEqual(0);
    expect(link.confidence).toBeLessThanOrEqual(1);
  }
}

describe('romanizer', () => {
  it('writes Revised Romanization syllable by syllable', () => {
    expect(romanize('유성구')).toBe('yuseonggu');
    expect(romanize('동두천시')).toBe('dongducheonsi');
    expect(romanize('왕숙천')).toBe('wangsukcheon');
    expect(romanize('소흘읍')).toBe('soheuleup');
    expect(romanize('ABC')).toBe('ABC');
  });

  it.each([
    ['독립', 'dongnip'], // ㄹ after ㄱ read ㄴ, then ㄱ nasalised
    ['국물', 'gungmul'], // nasalisation
    ['합니다', 'hamnida'],
    ['있는', 'inneun'],
    ['종로', 'jongno'],
    ['신라', 'silla'], // liquidisation
    ['설날', 'seollal'],
    ['좋고', 'joko'], // aspiration
    ['축하', 'chuka'],
    ['많고', 'manko'],
    ['같이', 'gachi'], // palatalisation
    ['굳이', 'guji'],
    ['먹어', 'meogeo'], // liaison
    ['읽어', 'ilgeo'],
    ['좋아', 'joa'], // ㅎ silent before a vowel
    ['학교', 'hakgyo'], // tensification is not written
    ['유성구', 'yuseonggu'], // no change where none applies
    ['A4 용지', 'A4 yongji'],
  ])('romanizes %s as pronounced: %s', (word, expected) => {
    expect(romanizePronounced(word)).toBe(expected);
  });

  it('keeps the syllable-by-syllable romanization for the aligner', () => {
    expect(romanize('독립')).toBe('dokrip');
    expect(romanize('같이')).toBe('gati');
  });

  it('writes a personal name family name first, given name hyphenated', () => {
    expect(romanizeName('정용래')).toBe('Jeong Yong-rae');
    expect(romanizeName('김현우')).toBe('Kim Hyeon-u');
    expect(romanizeName('이우한')).toBe('Lee U-han');
  });

  it.each([
    ['정용래', 'Jung Yong-rae'],
    ['정용래', 'Yong-rae Jeong'],
    ['정용래', 'Jeong Yong-rae'],
    ['김정환', 'Jeong-Hwan KIM'],
    ['김현우', 'Hyeon-Woo Kim'],
    ['현우', 'Hyun-woo'],
    ['이우한', 'Lee Woo-han'],
    ['김일중', 'Il-jung Kim'],
    ['장선희', 'Jang Seon-hee'],
    ['박민수', 'Min-su Park'],
    ['유성구', 'Yuseong-gu'],
    ['유성구', 'Yooseong-gu'],
    ['의정부', 'Uijeongbu'],
    ['충청', 'Chungcheong'],
  ])('%s matches %s', (hangul, latin) => {
    expect(sameRomanizedName(hangul, latin)).toBe(true);
  });

  it.each([
    ['정용래', 'Kim Jeong-hwan'],
    ['유성구', 'Daejeon'],
    ['김현우', 'Park Hyun-soo'],
  ])('%s does not match %s', (hangul, latin) => {
    expect(sameRomanizedName(hangul, latin)).toBe(false);
  });

  it('folds spelling variants into one phonetic key and loanwords into one skeleton', () => {
    expect(phoneticKey('Jeong')).toBe(phoneticKey('Jung'));
    expect(phoneticKey('Chung')).toBe(phoneticKey('Jung'));
    expect(phoneticKey('Kim')).not.toBe(phoneticKey('Park'));
    expect(consonantSkeleton(phoneticKey(romanize('트럼프')))).toBe(consonantSkeleton(phoneticKey('Trump')));
    expect(consonantSkeleton(phoneticKey(romanize('브렉시트')))).toBe(consonantSkeleton(phoneticKey('Brexit')));
  });
});

describe('anchors and sentence counts', () => {
  it('reads Korean number units and English month names', () => {
    expect(koreanNumbers('상금(100만원)은 2019년도 24개 지자체')).toEqual(['1000000', '2019', '24']);
    expect(englishNumbers('the prize money (1 million won) on October 13')).toEqual(['1000000', '13', '10']);
    expect(koreanNumbers('2 천안시')).toEqual(['2']);
  });

  it('counts sentences, not abbreviations or stray periods', () => {
    expect(countSentences('Mr. Crick said so. He left.')).toBe(2);
    expect(countSentences('and got a good response from the participants. .')).toBe(1);
    expect(countSentences('지역을 돌며 대청소를 실시했다. 회원들은 구슬땀을 흘렸다.')).toBe(2);
  });
});

describe('furniture classifier', () => {
  it.each([
    '장선희 기자 | 기사입력 2021/09/15 [11:00]',
    '김정환 기자 | 입력 : 2021/05/31 [16:43]',
    '▲ 동두천시 보산동 추석맞이 이웃돕기 쌀, 물품 등 저소득층에 전달<사진제공 =보산동 행정복지센터>  © 경기북부/강원 브레이크뉴스',
    'hong@breaknews.com',
    '(사진=공주시 제공)',
    '이 기사는 지역신문발전기금을 지원받았습니다.',
  ])('%s is furniture', (line) => {
    expect(classifyLine(line)).toBe('furniture');
  });

  it('treats an English reporter line and a leading ▲ line as probable furniture', () => {
    expect(classifyLine('Reporter  Jeong-Hwan KIM')).toBe('probable-furniture');
    expect(classifyLine('▲ 새로 문을 연 작은도서관')).toBe('probable-furniture');
  });

  it.each([
    '[장선희 기자 = 경기북부/강원] 지난 14일 동두천시 보산동 행정복지센터에서는 물품을 전달했다고 밝혔다.',
    '[Reporter Jang Seon-hee = Northern Gyeonggi/Gangwon] On the 14th, goods were delivered.',
    '이날 정용래 유성구청장은 ▲미래대응 전략부서 신설 등 정책들을 소개했다.',
  ])('%s is article text', (line) => {
    expect(classifyLine(line)).toBe('text');
  });
});

describe('alignParagraphs beads', () => {
  const library = loadHandmade('library-renovation');
  const river = loadHandmade('riverbank-lights');

  it('returns nothing when a side is empty', () => {
    expect(alignParagraphs([], ['Hello.'])).toEqual([]);
    expect(alignParagraphs(['안녕하세요.'], [])).toEqual([]);
  });

  it('links one-to-one', () => {
    const links = alignParagraphs([library.ko[3], library.ko[6]], [library.en[1], library.en[3]]);
    expect(linkKeys(links)).toEqual(['0|0', '1|1']);
  });

  it('links two Korean paragraphs to one English paragraph (2:1)', () => {
    const links = alignParagraphs(library.ko.slice(3, 7), library.en.slice(1, 4));
    expect(linkKeys(links)).toEqual(['0|0', '1,2|1', '3|2']);
  });

  it('links one Korean paragraph to two English paragraphs (1:2)', () => {
    const links = alignParagraphs([river.ko[2], river.ko[3], river.ko[5]], river.en.slice(1, 5));
    expect(linkKeys(links)).toEqual(['0|0', '1|1,2', '2|3']);
  });

  it('leaves a Korean paragraph with no English unpaired (1:0)', () => {
    const ko = [...library.ko.slice(0, 6), '구는 하반기에 어르신을 위한 큰글자책 코너도 만들 예정이다.', ...library.ko.slice(6)];
    const links = alignParagraphs(ko, library.en);
    expect(linkKeys(links)).toEqual(['0|0', '3|1', '4,5|2', '7|3']);
  });

  it('leaves an English paragraph with no Korean unpaired (0:1)', () => {
    const note = 'Editor’s note: this article has been updated with the festival’s opening date.';
    const en = [...river.en.slice(0, 2), note, ...river.en.slice(2)];
    const links = alignParagraphs(river.ko, en);
    expect(linkKeys(links)).toEqual(['0|0', '2|1', '3|3,4', '5|5', '6|6']);
  });

  it('never links bylines, captions, photo credits or e-mail lines', () => {
    for (const doc of [library, river]) {
      const links = alignParagraphs(doc.ko, doc.en);
      const linkedKo = new Set(links.flatMap((link) => link.ko));
      doc.ko.forEach((line, index) => {
        if (classifyLine(line) === 'furniture') expect(linkedKo.has(index), line).toBe(false);
      });
    }
  });

  it('gives a lower confidence to a weak link than to a well-anchored one', () => {
    const strong = alignParagraphs([library.ko[3]], [library.en[1]])[0];
    const weak = alignParagraphs(['구는 하반기에 어르신을 위한 큰글자책 코너도 만들 예정이다.'], [library.en[1]]);
    expect(strong.confidence).toBeGreaterThan(0.9);
    expect(weak.length === 0 || weak[0].confidence < strong.confidence - 0.3).toBe(true);
  });

  it('names the offending input when a line is not a string', () => {
    expect(() => alignParagraphs(['첫 문단입니다.', 3 as unknown as string], ['First.'])).toThrow(/ko\[1\]/);
  });
});

describe('hand-made articles (tests/fixtures/align-handmade)', () => {
  const cases = readdirSync(handmadeFolder).filter((name) => name.endsWith('.json'));
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(2));
  it.each(cases)('%s reproduces its gold links exactly', (name) => {
    const doc = loadHandmade(name.replace(/\.json$/, ''));
    const links = alignParagraphs(doc.ko, doc.en);
    expectWellFormed(links, doc.ko.length, doc.en.length);
    expect(linkKeys(links)).toEqual(linkKeys(doc.gold));
  });
});

describe.skipIf(!existsSync(path.join(shared, BREAKNEWS_EXCERPTS)))('BreakNews excerpts (shared corpus)', () => {
  const docs = existsSync(path.join(shared, BREAKNEWS_EXCERPTS)) ? loadBreaknewsExcerpts(shared) : [];
  it.each(docs.map((doc) => [doc.id, doc] as const))('%s reproduces its gold links exactly', (_id, doc) => {
    const links = alignParagraphs(doc.ko, doc.en);
    expectWellFormed(links, doc.ko.length, doc.en.length);
    expect(linkKeys(links)).toEqual(linkKeys(doc.gold));
  });
});

describe.skipIf(!existsSync(path.join(shared, NTREX_FOLDER)))('NTREX-128 documents (shared corpus)', () => {
  it('builds the same documents from the same seed, and different ones from another', () => {
    const first = buildNtrexCases(shared);
    expect(buildNtrexCases(shared)).toEqual(first);
    expect(buildNtrexCases(shared, 7)).not.toEqual(first);
    expect(first).toHaveLength(123);
    for (const doc of first) {
      for (const link of doc.gold) {
        for (const indices of [link.ko, link.en]) {
          indices.forEach((index, position) => position > 0 && expect(index).toBe(indices[position - 1] + 1));
        }
      }
    }
  });

  it('reaches link F1 ≥ 0.97 with well-formed output', () => {
    const docs = buildNtrexCases(shared);
    const scores = docs.map((doc) => {
      const links = alignParagraphs(doc.ko, doc.en);
      expectWellFormed(links, doc.ko.length, doc.en.length);
      return scoreLinks(links, doc.gold);
    });
    expect(totalScore(scores).f1).toBeGreaterThanOrEqual(0.97);
  });

  // Articles past 400 lines a side are aligned window by window (one generator step each).
  it('aligns all 123 documents run together as one long article window by window, F1 ≥ 0.97', () => {
    const ko: string[] = [];
    const en: string[] = [];
    const gold: AlignmentCase['gold'] = [];
    for (const doc of buildNtrexCases(shared)) {
      const koOffset = ko.length;
      const enOffset = en.length;
      ko.push(...doc.ko);
      en.push(...doc.en);
      for (const link of doc.gold) gold.push({ ko: link.ko.map((k) => k + koOffset), en: link.en.map((e) => e + enOffset) });
    }
    expect(ko.length).toBeGreaterThan(1000);
    const steps = alignmentSteps(ko, en);
    let windows = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) windows++;
    expect(windows).toBeGreaterThan(5);
    expectWellFormed(step.value, ko.length, en.length);
    expect(linkKeys(alignParagraphs(ko, en))).toEqual(linkKeys(step.value));
    expect(totalScore([scoreLinks(step.value, gold)]).f1).toBeGreaterThanOrEqual(0.97);
  });
});

const seed = existsSync(shared) ? loadSeedArticle(shared) : null;

describe.skipIf(seed === null)('seed article (BreakNews, 2021-05-31, Yuseong-gu)', () => {
  const article = seed ?? { ko: [], en: [] };
  const koBody = article.ko.slice(-5);
  const enBody = article.en.slice(-5);

  it('has five body paragraphs per side', () => {
    expect(koBody).toHaveLength(5);
    expect(koBody[0]).toMatch(/^정용래 유성구청장은 31일/);
    expect(enBody[0]).toMatch(/^Yong-rae Jeong, Mayor of Yuseong-gu/);
  });

  it('aligns the body paragraphs one-to-one', () => {
    expect(linkKeys(alignParagraphs(koBody, enBody))).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4']);
  });

  it('pairs headline with headline and leaves both bylines unpaired', () => {
    const ko = [article.ko[0], article.ko[1], ...koBody];
    const en = [article.en[0], article.en[1], ...enBody];
    expect(classifyLine(ko[1])).toBe('furniture');
    expect(en[0]).toMatch(/^Reporter/);
    expect(linkKeys(alignParagraphs(ko, en))).toEqual(['0|1', '2|2', '3|3', '4|4', '5|5', '6|6']);
  });

  it('aligns the page as shown, duplicated header block and caption included', () => {
    const links = alignParagraphs(article.ko, article.en);
    expectWellFormed(links, article.ko.length, article.en.length);
    const bodyStart = article.ko.length - 5;
    expect(linkKeys(links).slice(-5)).toEqual([0, 1, 2, 3, 4].map((k) => `${bodyStart + k}|${2 + k}`));
    const linkedKo = new Set(links.flatMap((link) => link.ko));
    article.ko.forEach((line, index) => {
      if (classifyLine(line) === 'furniture') expect(linkedKo.has(index), line).toBe(false);
    });
  });
});
