import { describe, expect, it } from 'vitest';
import { alignSentences } from '../lib/align';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { countSentenceMarks, countSentences, endsLikeKoreanSentence, endsLikeSentence, endsMidSentence, endsSentenceOrFinalEnding, hasSentenceMark, splitSentences } from '../lib/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('keeps a Korean sentence whole across quoted sentences that continue with a particle', () => {
    const paragraph =
      '정용래 유성구청장은 “4차 산업혁명과 포스트코로나 시대를 맞아 지방정부의 역할과 중요성이 더욱 강조되고 있다.”며 “혁신적인 서비스를 확대해 나가겠다.”고 말했다.';
    expect(texts(paragraph)).toEqual([paragraph]);
  });

  it('splits Korean sentences on 다. 요. 까? endings', () => {
    expect(texts('정부는 새 정책을 발표했다. 언제 시행될까? 다음 달부터예요.')).toEqual(['정부는 새 정책을 발표했다.', '언제 시행될까?', '다음 달부터예요.']);
  });

  it('splits English after closing quotes and not after abbreviations', () => {
    expect(texts('Mr. Kim said, “We will expand.” He added that the U.S. office opens soon.')).toEqual([
      'Mr. Kim said, “We will expand.”',
      'He added that the U.S. office opens soon.',
    ]);
  });

  it('keeps stray periods with the sentence before them and offsets point into the text', () => {
    const text = 'It got a good response from the participants. . In addition, a prize was given.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['It got a good response from the participants. .', 'In addition, a prize was given.']);
    for (const s of spans) expect(text.slice(s.start, s.end).trim()).toBe(s.text);
  });

  it('handles brackets: a dateline, a sentence inside brackets, a reference after the full stop, corner quotes', () => {
    expect(texts('(서울=연합뉴스) 김철수 기자 = 정부는 새 정책을 발표했다. (이 기사는 수정됐습니다.) 시행은 다음 달이다.')).toEqual([
      '(서울=연합뉴스) 김철수 기자 = 정부는 새 정책을 발표했다.',
      '(이 기사는 수정됐습니다.)',
      '시행은 다음 달이다.',
    ]);
    expect(texts('그는 「준비가 끝났다.」고 밝혔다[사진]. 행사는 내일 열린다.')).toEqual(['그는 「준비가 끝났다.」고 밝혔다[사진].', '행사는 내일 열린다.']);
    expect(texts('The ministry said so (in a statement.) It did not elaborate.')).toEqual(['The ministry said so (in a statement.)', 'It did not elaborate.']);
  });

  it('returns an unterminated paragraph as one sentence', () => {
    expect(texts('정용래 유성구청장, 우수정책 발표…')).toEqual(['정용래 유성구청장, 우수정책 발표…']);
  });
});

describe('alignSentences', () => {
  it('links two Korean sentences to their two English ones', () => {
    const { links } = alignSentences(
      '참좋은 지방정부협의회가 주관한 정책대회에 24개 지자체가 참석했다. 상금 100만원은 재단에 전액 기탁할 계획이다.',
      'Twenty-four local governments took part in the policy contest hosted by the council. The prize money of 1 million won will be donated to the foundation.',
    );
    expect(links.map(({ ko, en }) => ({ ko, en }))).toEqual([
      { ko: [0], en: [0] },
      { ko: [1], en: [1] },
    ]);
  });

  it('links a Korean sentence that Google split in two to both halves', () => {
    const { links } = alignSentences(
      '정용래 유성구청장은 “사회변화에 선제적으로 대응해 구민을 위한 다양하고 창의적인 행정서비스가 제공될 수 있도록 혁신적인 서비스를 확대해 나가겠다.”고 말했다.',
      'He added, “By preemptively responding to social changes, various and creative administrative services can be provided for residents. We will continue to expand our innovative services.”',
    );
    expect(links).toHaveLength(1);
    expect(links[0].ko).toEqual([0]);
    expect(links[0].en).toEqual([0, 1]);
  });
});

describe('the line tests built from the same parts', () => {
  it('ends like a sentence: punctuation, then closing quotes or brackets; not a headline or an ellipsis', () => {
    expect(endsLikeSentence('He said so.')).toBe(true);
    expect(endsLikeSentence('“나가겠다.”')).toBe(true);
    expect(endsLikeSentence('그는 「준비가 끝났다.」 ')).toBe(true);
    expect(endsLikeSentence('정용래 유성구청장, 우수정책 발표…')).toBe(false);
    expect(endsLikeSentence('2호선 하루 8회 증편')).toBe(false);
    expect(endsLikeKoreanSentence('새 대책을 배치한다.')).toBe(true);
    expect(endsLikeKoreanSentence('He said so.')).toBe(false);
    expect(endsSentenceOrFinalEnding('심야 택시난 대책을 내놨다')).toBe(true);
    expect(endsSentenceOrFinalEnding('심야 택시난 대책')).toBe(false);
  });

  it('a line cut off mid-sentence stops on no punctuation, and in Korean on no final ending', () => {
    expect(endsMidSentence('The ministry said the plan would start in', 'en')).toBe(true);
    expect(endsMidSentence('The ministry said the plan would start (in May)', 'en')).toBe(false);
    expect(endsMidSentence('정부는 새 정책을 발표했다', 'ko')).toBe(false);
    expect(endsMidSentence('정부는 새 정책을 발표했다', 'en')).toBe(true);
  });

  it('sentence marks in running text skip the dots of a printed date; a box of links holds none', () => {
    expect(countSentenceMarks('정부는 발표했다. 시행은 다음 달이다.')).toBe(2);
    expect(countSentenceMarks('최유나 기자 2024. 2. 6. 14:05')).toBe(0);
    expect(countSentenceMarks('시행은 다음 달이다')).toBe(1);
    expect(hasSentenceMark('시행은 다음 달이다')).toBe(false);
    expect(hasSentenceMark('관련기사 새 정책 발표 / 시행 일정')).toBe(false);
    expect(hasSentenceMark('그는 "끝났다." 고 밝혔다')).toBe(true);
    expect(countSentences('Mr. Crick said so. He left.')).toBe(2);
  });

  it('is the one home of sentence-end patterns in lib/: no other file writes a class of terminal punctuation', () => {
    const root = path.resolve(__dirname, '../lib');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    // `[.?!]`, `[.!?。…`, `[가-힣][.?!]`: a character class holding the full stop and ? or !.
    const terminalClass = /\[(?=[^\]\s]{0,20}\])(?=[^\]\s]*\.)(?=[^\]\s]*[?!])[^\]\s]*\]/;
    const offenders = files.filter((f) => f !== 'sentences.ts' && readFileSync(path.join(root, f), 'utf8').split('\n').some((line) => !line.trim().startsWith('*') && terminalClass.test(line)));
    expect(offenders).toEqual([]);
  });
});
