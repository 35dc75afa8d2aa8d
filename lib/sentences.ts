/**
 * Sentences inside one paragraph, for sentence-level linking within a linked pair (issue 8).
 *
 * Korean sentences end in a final ending and a full stop ("…했다.", "…입니다.", "…까?"), often inside
 * quotes that the sentence goes on after: “…강조되고 있다.”며 “…나가겠다.”고 말했다 is ONE sentence
 * (the quote's full stop is followed by a particle, not a space). English breaks after . ! ? and
 * closing quotes, except after common abbreviations ("Mr.", "U.S.").
 */
import { alignParagraphs } from './align';
import type { AlignmentLink, Language } from './types';

export interface SentenceSpan {
  text: string;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|Mt|vs|etc|Inc|Co|Ltd|U\.S|U\.K|a\.m|p\.m|[A-Z])\.$/;
/** A sentence end: terminal punctuation, any closing quotes/brackets, then white space or the end. */
const SENTENCE_END = /[.!?。…]+["”’'」』)\]]*(?=\s|$)/g;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1))) continue;
    const piece = text.slice(start, end);
    // A run of stray periods ("participants. .", Google Translate) stays with the sentence before it.
    if (!/[\p{L}\p{N}]/u.test(piece) && spans.length) {
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
  if (/[\p{L}\p{N}]/u.test(rest)) {
    const lead = rest.length - rest.trimStart().length;
    spans.push({ text: rest.trim(), start: start + lead, end: text.length });
  } else if (rest.trim() && spans.length) {
    spans[spans.length - 1].end = text.length;
  }
  return spans;
}

/**
 * Inside a linked pair every sentence says something the other side says too, so a sentence the
 * aligner left alone joins its neighbour's link (the one before it, else the one after): Google
 * Translate often splits one long Korean sentence into two English ones.
 */
function absorbUnlinked(links: AlignmentLink[], side: Language, count: number): void {
  if (links.length === 0) return;
  for (let i = 0; i < count; i++) {
    if (links.some((l) => l[side].includes(i))) continue;
    const before = [...links].reverse().find((l) => l[side].length && l[side][l[side].length - 1] < i);
    const target = before ?? links.find((l) => l[side].length && l[side][0] > i) ?? links[0];
    target[side] = [...target[side], i].sort((a, b) => a - b);
  }
}

/** Sentence links inside a linked pair: the paragraph aligner, run on sentences. */
export function alignSentences(ko: string, en: string): { ko: SentenceSpan[]; en: SentenceSpan[]; links: AlignmentLink[] } {
  const koSentences = splitSentences(ko);
  const enSentences = splitSentences(en);
  const links =
    koSentences.length === 1 && enSentences.length === 1
      ? [{ ko: [0], en: [0], confidence: 1 }]
      : alignParagraphs(
          koSentences.map((s) => s.text),
          enSentences.map((s) => s.text),
        );
  absorbUnlinked(links, 'ko', koSentences.length);
  absorbUnlinked(links, 'en', enSentences.length);
  return { ko: koSentences, en: enSentences, links };
}
