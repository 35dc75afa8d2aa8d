/**
 * How much of a text is Korean: the one definition the pipeline decides by (the every-page
 * detector, lib/detect.ts; the extractor's page language and block scoring, lib/extract/; the
 * paragraph language of the bilingual split, lib/language.ts).
 *
 * Hangul counts syllables and jamo. The share weighs one Hangul syllable as three Latin letters (a
 * syllable carries about as much as a short English word's letters), so a Korean sentence with a
 * few Latin product names still reads as Korean; other scripts, digits and punctuation do not
 * count either way.
 */

/** Hangul syllables, jamo and compatibility jamo. */
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g;
const LATIN_LETTER = /[A-Za-z]/g;
/** What one Hangul character weighs against one Latin letter in `hangulShare`. */
const HANGUL_WEIGHT = 3;

export function countHangul(text: string): number {
  return text.match(HANGUL)?.length ?? 0;
}

export function countLatinLetters(text: string): number {
  return text.match(LATIN_LETTER)?.length ?? 0;
}

/** Share of Korean in a text, 0..1 (0 with neither Hangul nor Latin letters). */
export function hangulShare(text: string): number {
  const hangul = countHangul(text) * HANGUL_WEIGHT;
  const latin = countLatinLetters(text);
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
}
