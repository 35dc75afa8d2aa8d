/**
 * Where sentences end: the one home of the sentence-end patterns and the abbreviation list. The
 * panel's sentence links split paragraphs here, the aligner counts sentences and asks whether a
 * line ends like one (lib/align/side.ts), extraction asks whether a line is prose or a deck, a
 * headline or a link box (lib/extract/, lib/split.ts). Each question is one function below, built
 * from the same three parts: terminal punctuation, the quotes and brackets that may close a
 * sentence after it, and the final endings a Korean sentence stops on.
 *
 * Korean sentences end in a final ending and a full stop ("…했다.", "…입니다.", "…까?"), often inside
 * quotes that the sentence goes on after: “…강조되고 있다.”며 “…나가겠다.”고 말했다 is ONE sentence
 * (the quote's full stop is followed by a particle, not a space). English breaks after . ! ? and
 * closing quotes, except after common abbreviations ("Mr.", "U.S.").
 */
import type { Language } from './types';

export interface SentenceSpan {
  text: string;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
}

/** Punctuation that ends a sentence (a character class's body): . ! ? and the ideographic full stop. */
const TERMINAL = '.!?。';
/** Quotes and brackets that may close a sentence after its punctuation: “…했다.”, (…했다.), 「…했다.」. */
const CLOSING = `"”’')\\]」』`;
/** Final endings a Korean sentence stops on (headlines and excerpts drop the full stop): …했다, …해요, …함, …까. */
const KOREAN_FINAL_ENDING = '(?:다|요|음|함|임|까)';

/** Abbreviations whose period does not end an English sentence ("Mr. Crick", "U.S. troops", "J. Smith"). */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|Mt|vs|etc|Inc|Co|Ltd|U\.S|U\.K|a\.m|p\.m|[A-Z])\.$/;
/** A sentence end: terminal punctuation (an ellipsis too), any closing quotes/brackets, then white space or the end. */
const SENTENCE_END = new RegExp(`[${TERMINAL}…]+[${CLOSING}]*(?=\\s|$)`, 'g');
/** Any letter or digit: a "sentence" without one is a stray period, as in the seed's "participants. ." (Google Translate). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The sentence ends of a text that are not an abbreviation's period: [where the punctuation starts, where the end mark stops]. */
function* sentenceEnds(text: string): Generator<[number, number]> {
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index ?? 0;
    if (ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1))) continue;
    yield [at, at + match[0].length];
  }
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const [, end] of sentenceEnds(text)) {
    const piece = text.slice(start, end);
    // A run of stray periods ("participants. .", Google Translate) stays with the sentence before it.
    if (!WORDLIKE.test(piece) && spans.length) {
      const last = spans[spans.length - 1];
      last.end = end;
      last.text = text.slice(last.start, end).trim();
    } else if (piece.trim()) {
      const lead = piece.length - piece.trimStart().length;
      spans.push({ text: piece.trim(), start: start + lead, end });
    }
    start = end;
  }
  const rest = text.slice(start);
  if (WORDLIKE.test(rest)) {
    const lead = rest.length - rest.trimStart().length;
    spans.push({ text: rest.trim(), start: start + lead, end: text.length });
  } else if (rest.trim() && spans.length) {
    spans[spans.length - 1].end = text.length;
  }
  return spans;
}

/**
 * Sentences a line holds, for the aligner's sentence-count model (lib/align/cost.ts): the sentence
 * ends with words before them, at least one. Translations keep sentence boundaries more often than
 * not: on NTREX-128, 1,732 of 1,997 English sentences have one Korean sentence; Korean has more 11%
 * of the time (198 lines with two), English more under 2%.
 */
export function countSentences(text: string): number {
  let count = 0;
  let previousEnd = 0;
  for (const [at, end] of sentenceEnds(text)) {
    if (WORDLIKE.test(text.slice(previousEnd, at))) count++;
    previousEnd = end;
  }
  return Math.max(1, count);
}

/** Sentence punctuation, then optionally closing quotes or brackets: "…said.", "…he said.”", but not "발표…" or a headline. */
const ENDS_LIKE_SENTENCE = new RegExp(`[${TERMINAL}][${CLOSING}]*\\s*$`);
/** The same after a Hangul syllable: `…배치한다.`, `…말했다."`. */
const ENDS_LIKE_KOREAN_SENTENCE = new RegExp(`[가-힣][${TERMINAL}][${CLOSING}]*\\s*$`);
const ENDS_ON_FINAL_ENDING = new RegExp(`${KOREAN_FINAL_ENDING}\\s*$`);
/** Any stop a finished line may end on: sentence punctuation, an ellipsis, a closing quote or bracket. */
const ENDS_ON_STOP = new RegExp(`[${TERMINAL}…${CLOSING}]\\s*$`);

export function endsLikeSentence(text: string): boolean {
  return ENDS_LIKE_SENTENCE.test(text);
}

export function endsLikeKoreanSentence(text: string): boolean {
  return ENDS_LIKE_KOREAN_SENTENCE.test(text);
}

/** Ends like a sentence, or (Korean prose printed without its full stop) on a final ending. */
export function endsSentenceOrFinalEnding(text: string): boolean {
  return ENDS_LIKE_SENTENCE.test(text) || ENDS_ON_FINAL_ENDING.test(text);
}

/** A line that stops before its sentence does (an excerpt cut off): on no stop, and in Korean on no final ending. */
export function endsMidSentence(text: string, language: Language): boolean {
  if (ENDS_ON_STOP.test(text)) return false;
  return !(language === 'ko' && ENDS_ON_FINAL_ENDING.test(text));
}

/**
 * A sentence mark in running text: terminal punctuation followed by white space, a closer or the
 * end, after anything but a digit (the dots of a printed date, `2024. 2. 6. 14:05` in Daum's byline,
 * are no prose).
 */
const SENTENCE_MARK = `(?<!\\d)[${TERMINAL}](?=\\s|[${CLOSING}]|$)`;
/** The marks, and a final ending at the very end (a paragraph printed without its full stop). */
const SENTENCE_MARKS = new RegExp(`${SENTENCE_MARK}|${KOREAN_FINAL_ENDING}\\s*$`, 'g');
const HAS_SENTENCE_MARK = new RegExp(SENTENCE_MARK);

/** Terminal punctuation anywhere in `text` (the word analyser: a predicate that closes its sentence). */
export function hasTerminalPunctuation(text: string): boolean {
  return TERMINAL_ANYWHERE.test(text);
}
const TERMINAL_ANYWHERE = new RegExp(`[${TERMINAL}]`);

/**
 * Where a quoted or bracketed part breaks inside one space-separated word: terminal punctuation
 * before a closing quote, or any quote or bracket ("“인용이다.”라고" is 인용이다 + 라고).
 */
export const QUOTE_BREAK = new RegExp(`[${TERMINAL}]+(?=[${CLOSING}])|[${CLOSING}(\\[「『]`, 'u');

/**
 * The English text before a word ends where a sentence or clause may begin (terminal punctuation,
 * a colon or semicolon, an opening quote or bracket): a capital after it need not be a name.
 */
export function opensSentence(before: string): boolean {
  return OPENS_SENTENCE.test(before);
}
const OPENS_SENTENCE = new RegExp(`[${TERMINAL}:;"“‘'(\\[]\\s*$`);

/** How many sentence marks a text holds (the generic extractor's prose score). */
export function countSentenceMarks(text: string): number {
  return text.match(SENTENCE_MARKS)?.length ?? 0;
}

/** The text holds a punctuated sentence (a box of links holds none). */
export function hasSentenceMark(text: string): boolean {
  return HAS_SENTENCE_MARK.test(text);
}
