/**
 * Plain-text normalisation for extracted blocks, and the Hangul share used to tell Korean text
 * from the rest. Every block leaves extraction through `normalizeText`: NFC (Korean pages mix
 * precomposed syllables and conjoining jamo), no zero-width characters, whitespace collapsed.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ANY_SPACE = /[\s\u00a0\u3000]+/g;

export function normalizeText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ANY_SPACE, ' ').trim().normalize('NFC');
}

/** Hangul syllables and jamo. */
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g;
const LATIN = /[A-Za-z]/g;

export function countHangul(text: string): number {
  return text.match(HANGUL)?.length ?? 0;
}

/**
 * Share of Korean in a text, 0..1, with one Hangul syllable weighed as three Latin letters (a
 * syllable carries about as much as a short English word's letters), so a Korean sentence with a
 * few Latin product names still reads as Korean.
 */
export function hangulShare(text: string): number {
  const hangul = countHangul(text) * 3;
  const latin = text.match(LATIN)?.length ?? 0;
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
}
