/**
 * Hangul syllables as their letters (initial, vowel, final) and back: the one home for the
 * arithmetic of the Unicode Hangul block, used by the romaniser's pronunciation rules and the
 * word analyser (which cuts endings such as ㄴ, ㄹ, ㅆ out of the middle of a syllable).
 *
 * A syllable's code is 0xAC00 + (initial × 21 + vowel) × 28 + final; letters are kept as the
 * indexes of that formula, with the compatibility jamo (ㄱ, ㅏ, …) for reading and writing them.
 */

export const HANGUL_FIRST = 0xac00;
export const HANGUL_LAST = 0xd7a3;

/** Initial consonants in code order. */
export const INITIAL_JAMO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Vowels in code order. */
export const VOWEL_JAMO = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** Final consonants in code order; index 0 is "no final". */
export const FINAL_JAMO = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

export interface Syllable {
  /** Initial consonant as a compatibility jamo (ㅇ for a vowel-initial syllable). */
  initial: string;
  vowel: string;
  /** Final consonant(s) as one compatibility jamo, '' when the syllable is open. */
  final: string;
}

export function isHangulSyllable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** The letters of one Hangul syllable, or null for anything else. */
export function decompose(char: string): Syllable | null {
  const code = char.charCodeAt(0) - HANGUL_FIRST;
  if (char.length !== 1 || code < 0 || code > HANGUL_LAST - HANGUL_FIRST) return null;
  return {
    initial: INITIAL_JAMO[Math.floor(code / 588)],
    vowel: VOWEL_JAMO[Math.floor((code % 588) / 28)],
    final: FINAL_JAMO[code % 28],
  };
}

/** One syllable from its letters; throws on letters that cannot form one (a developer error). */
export function compose(initial: string, vowel: string, final = ''): string {
  const i = INITIAL_JAMO.indexOf(initial);
  const v = VOWEL_JAMO.indexOf(vowel);
  const f = FINAL_JAMO.indexOf(final);
  if (i < 0 || v < 0 || f < 0 || initial === '' || vowel === '') throw new Error(`no Hangul syllable ${initial}+${vowel}+${final}`);
  return String.fromCharCode(HANGUL_FIRST + (i * 21 + v) * 28 + f);
}

/** The same syllable with another final consonant ('' removes it). */
export function withFinal(char: string, final: string): string {
  const s = decompose(char);
  if (!s) throw new Error(`not a Hangul syllable: "${char}"`);
  return compose(s.initial, s.vowel, final);
}

/** The final consonant of a syllable ('' for open syllables and non-Hangul). */
export function finalOf(char: string): string {
  return decompose(char)?.final ?? '';
}
