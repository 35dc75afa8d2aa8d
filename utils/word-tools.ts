/**
 * How the reader reaches word mode's analyser once it is injected (word-tools.js, loaded the first
 * time word mode is used, never with the detector or the reader bundle): both run in the extension's
 * isolated world of the page's top frame, so the tools register on its global under this key.
 */
import type { WordAnalysis } from '../lib/words/analyse';
import type { CounterpartSpan, DictionaryLookup } from '../lib/words/counterpart';

export const WORD_TOOLS = Symbol.for('hanyeong-reader.word-tools');

export interface WordTools {
  analyseSentence(line: string): WordAnalysis[];
  romanizePronounced(text: string): string;
  findCounterpart(words: WordAnalysis[], tapped: number, english: string, lookup?: DictionaryLookup): CounterpartSpan[];
}

/** The tools if word-tools.js has run in this world. */
export function wordTools(): WordTools | null {
  return ((globalThis as unknown as Record<symbol, WordTools | undefined>)[WORD_TOOLS] as WordTools | undefined) ?? null;
}
