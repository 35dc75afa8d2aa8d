/**
 * Bilingual test documents for the paragraph aligner, shared by `npm run bench:align` and
 * tests/align.test.ts. Everything is read from the shared corpus folder at run time
 * (its README: never copy it into the repository).
 *
 * - BreakNews excerpts: four real articles with hand-made gold links.
 * - NTREX-128: 1,997 English news sentences with human Korean translations (123 documents).
 *   We turn each document into a paragraph-alignment case the way real pages differ:
 *   group sentences into paragraphs, then on one side merge two paragraphs, split one, drop
 *   one, and add furniture (bylines, captions, e-mail and promo lines) that has no counterpart.
 *   A seeded PRNG keeps the documents identical from run to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlignmentLink } from '../lib/types';

export interface GoldLink {
  ko: number[];
  en: number[];
}

export interface AlignmentCase {
  id: string;
  ko: string[];
  en: string[];
  gold: GoldLink[];
}

export const BREAKNEWS_EXCERPTS = 'corpus/bilingual/breaknews-excerpts.json';
export const NTREX_FOLDER = 'corpus/bilingual/ntrex128';
export const SEED_ARTICLE = 'seed/breaknews-2021-05-31-yuseong.txt';
/** The seed used for every published figure; change it only to look for overfitting. */
export const NTREX_SEED = 20210531;

/** The shared folder sits beside the checkout: <repo>/../shared. */
export function sharedFolder(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared');
}

export function loadBreaknewsExcerpts(shared: string): AlignmentCase[] {
  const file = path.join(shared, BREAKNEWS_EXCERPTS);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of documents`);
  return parsed.map((doc: AlignmentCase, index) => {
    if (!Array.isArray(doc.ko) || !Array.isArray(doc.en) || !Array.isArray(doc.gold)) {
      throw new Error(`${file}: document ${index} (${doc.id ?? 'no id'}) lacks ko, en or gold arrays`);
    }
    return { id: doc.id, ko: doc.ko, en: doc.en, gold: doc.gold.map(({ ko, en }) => ({ ko, en })) };
  });
}

/** Mulberry32: small, fast, and the same sequence in every JavaScript engine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SentencePair {
  ko: string;
  en: string;
}

export function loadNtrexDocuments(shared: string): Array<{ id: string; sentences: SentencePair[] }> {
  const folder = path.join(shared, NTREX_FOLDER);
  const read = (name: string) => readFileSync(path.join(folder, name), 'utf8').replace(/\n$/, '').split('\n');
  const english = read('newstest2019-src.eng.txt');
  const korean = read('newstest2019-ref.kor.txt');
  const ids = read('DOCUMENT_IDS.tsv').map((line) => line.split('\t')[0].trim());
  if (english.length !== korean.length || english.length !== ids.length) {
    throw new Error(
      `${folder}: files are not line-parallel (eng ${english.length}, kor ${korean.length}, ids ${ids.length} lines)`,
    );
  }
  const documents: Array<{ id: string; sentences: SentencePair[] }> = [];
  ids.forEach((id, line) => {
    const current = documents.at(-1);
    const pair = { ko: korean[line].trim(), en: english[line].trim() };
    if (current && current.id === id) current.sentences.push(pair);
    else documents.push({ id, sentences: [pair] });
  });
  return documents;
}

/** Reporters for invented bylines: Korean name, English byline spelling, mailbox. */
const REPORTERS = [
  { ko: '홍길동', en: 'Gil-dong HONG', mailbox: 'hong' },
  { ko: '김정환', en: 'Jeong-Hwan KIM', mailbox: 'kimjh' },
  { ko: '장선희', en: 'Seon-hee JANG', mailbox: 'jangsh' },
  { ko: '박민수', en: 'Min-su PARK', mailbox: 'parkms' },
];
const KOREAN_PROMOS = [
  '▶ 브레이크뉴스 유튜브 채널을 구독하시면 더 많은 지역 소식을 보실 수 있습니다',
  '이 기사는 지역신문발전기금을 지원받았습니다.',
];
const ENGLISH_PROMOS = [
  'Subscribe to our newsletter for more local news.',
  'This article was produced with support from the Regional Newspaper Development Fund.',
];

type Side = 'ko' | 'en';

interface Paragraph {
  sentences: SentencePair[];
}

/** One line of a built document: its text and the paragraph group it belongs to (null: no counterpart). */
interface BuiltLine {
  text: string;
  group: number | null;
}

/**
 * NTREX documents as aligner cases. Each document: the first sentence alone (the headline),
 * then paragraphs of 1–4 sentences; then, each on a random side, one merge of two adjacent
 * paragraphs (gold 2:1 or 1:2), one split of a paragraph (1:2 or 2:1), one dropped paragraph
 * (its counterpart has no gold link), and furniture lines with no gold link.
 */
export function buildNtrexCases(shared: string, seed = NTREX_SEED): AlignmentCase[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const side = (): Side => (random() < 0.5 ? 'ko' : 'en');

  return loadNtrexDocuments(shared).map(({ id, sentences }) => {
    const paragraphs: Paragraph[] = [{ sentences: sentences.slice(0, 1) }];
    for (let start = 1; start < sentences.length; ) {
      const size = 1 + Math.floor(random() * 4);
      paragraphs.push({ sentences: sentences.slice(start, start + size) });
      start += size;
    }

    const lines: Record<Side, BuiltLine[][]> = {
      ko: paragraphs.map((paragraph, index) => [{ text: joinSentences(paragraph, 'ko'), group: index }]),
      en: paragraphs.map((paragraph, index) => [{ text: joinSentences(paragraph, 'en'), group: index }]),
    };
    const touched = new Set<number>([0]);
    const untouchedBody = () => paragraphs.map((_, index) => index).filter((index) => !touched.has(index));

    // Merge paragraphs k and k+1 on one side: both belong to group k.
    const mergeable = untouchedBody().filter((index) => index + 1 < paragraphs.length && !touched.has(index + 1));
    if (mergeable.length > 0 && random() < 0.8) {
      const k = pick(mergeable);
      const merged = side();
      const other: Side = merged === 'ko' ? 'en' : 'ko';
      lines[merged][k] = [{ text: `${lines[merged][k][0].text} ${lines[merged][k + 1][0].text}`, group: k }];
      lines[merged][k + 1] = [];
      lines[other][k + 1] = [{ text: lines[other][k + 1][0].text, group: k }];
      touched.add(k).add(k + 1);
    }

    // Split a paragraph of 2+ sentences on one side.
    const splittable = untouchedBody().filter((index) => paragraphs[index].sentences.length >= 2);
    if (splittable.length > 0 && random() < 0.8) {
      const k = pick(splittable);
      const split = side();
      const cut = 1 + Math.floor(random() * (paragraphs[k].sentences.length - 1));
      const head = { sentences: paragraphs[k].sentences.slice(0, cut) };
      const tail = { sentences: paragraphs[k].sentences.slice(cut) };
      lines[split][k] = [
        { text: joinSentences(head, split), group: k },
        { text: joinSentences(tail, split), group: k },
      ];
      touched.add(k);
    }

    // Drop a paragraph on one side: the other side's paragraph has no counterpart.
    const droppable = untouchedBody();
    if (droppable.length > 1 && random() < 0.6) {
      const k = pick(droppable);
      const dropped = side();
      const other: Side = dropped === 'ko' ? 'en' : 'ko';
      lines[dropped][k] = [];
      lines[other][k] = [{ text: lines[other][k][0].text, group: null }];
      touched.add(k);
    }

    const ko = lines.ko.flat();
    const en = lines.en.flat();
    const reporter = pick(REPORTERS);
    const furniture = (text: string): BuiltLine => ({ text, group: null });
    if (random() < 0.6) ko.splice(1, 0, furniture(`${reporter.ko} 기자 | 기사입력 ${randomStamp(random)}`));
    if (random() < 0.4) en.splice(1, 0, furniture(`Reporter ${reporter.en}`));
    if (random() < 0.5) {
      ko.splice(pick(gapsBetweenGroups(ko)), 0, furniture(`▲ ${paragraphs[0].sentences[0].ko}  © 브레이크뉴스`));
    }
    if (random() < 0.3) {
      const promoSide = side();
      const target = promoSide === 'ko' ? ko : en;
      target.splice(pick(gapsBetweenGroups(target)), 0, furniture(pick(promoSide === 'ko' ? KOREAN_PROMOS : ENGLISH_PROMOS)));
    }
    if (random() < 0.4) ko.push(furniture(`${reporter.mailbox}@breaknews.com`));

    return { id: `ntrex_${id}`, ko: ko.map((line) => line.text), en: en.map((line) => line.text), gold: goldLinks(ko, en) };
  });
}

function joinSentences(paragraph: Paragraph, language: Side): string {
  return paragraph.sentences.map((sentence) => sentence[language]).join(' ');
}

function randomStamp(random: () => number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const hour = Math.floor(random() * 24);
  const minute = Math.floor(random() * 60);
  return `2021/${pad(month)}/${pad(day)} [${pad(hour)}:${pad(minute)}]`;
}

/** Insertion points after the headline that do not fall inside a split or merged group (gold links stay contiguous). */
function gapsBetweenGroups(lines: BuiltLine[]): number[] {
  const gaps: number[] = [];
  for (let at = 1; at <= lines.length; at++) {
    const before = lines[at - 1].group;
    const after = at < lines.length ? lines[at].group : null;
    if (before === null || after === null || before !== after) gaps.push(at);
  }
  return gaps;
}

function goldLinks(ko: BuiltLine[], en: BuiltLine[]): GoldLink[] {
  const groups = new Map<number, GoldLink>();
  const collect = (lines: BuiltLine[], language: Side) =>
    lines.forEach((line, index) => {
      if (line.group === null) return;
      const link = groups.get(line.group) ?? { ko: [], en: [] };
      link[language].push(index);
      groups.set(line.group, link);
    });
  collect(ko, 'ko');
  collect(en, 'en');
  return [...groups.values()].filter((link) => link.ko.length > 0 && link.en.length > 0).sort((a, b) => a.ko[0] - b.ko[0]);
}

/**
 * The seed article as the split stage hands it over: Korean headline, byline and the five body
 * paragraphs; English byline, headline (in brackets on the page) and the five body paragraphs.
 * Returns null when the file is not there.
 */
export function loadSeedArticle(shared: string): { ko: string[]; en: string[] } | null {
  const file = path.join(shared, SEED_ARTICLE);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const marker = lines.findIndex((line) => line.includes('번역기로 번역'));
  if (marker < 0) throw new Error(`${file}: no translation marker line ("…번역기로 번역…") to split Korean from English`);
  return { ko: lines.slice(0, marker), en: lines.slice(marker + 1) };
}

export interface LinkScore {
  correct: number;
  predicted: number;
  gold: number;
}

/** A predicted link counts only when its Korean and English index sets equal a gold link's exactly. */
export function scoreLinks(predicted: Array<Pick<AlignmentLink, 'ko' | 'en'>>, gold: GoldLink[]): LinkScore {
  const key = (link: GoldLink) => `${link.ko.join(',')}|${link.en.join(',')}`;
  const goldKeys = new Set(gold.map(key));
  const correct = predicted.filter((link) => goldKeys.has(key(link))).length;
  return { correct, predicted: predicted.length, gold: gold.length };
}

export interface SetScore extends LinkScore {
  precision: number;
  recall: number;
  f1: number;
}

export function totalScore(scores: LinkScore[]): SetScore {
  const correct = scores.reduce((total, score) => total + score.correct, 0);
  const predicted = scores.reduce((total, score) => total + score.predicted, 0);
  const gold = scores.reduce((total, score) => total + score.gold, 0);
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}
