/**
 * Plain-text normalisation for extracted blocks (how much of a text is Korean is lib/text-stats.ts's).
 * Every block leaves extraction through `normalizeText`: NFC (Korean pages mix
 * precomposed syllables and conjoining jamo), no zero-width characters, whitespace collapsed.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const HAS_ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const ANY_SPACE = /[\s\u00a0\u3000]+/g;
/** White space other than a plain space, or two spaces in a row: only then is there anything to collapse. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/**
 * The replacements run only when there is something to replace: most lines have neither zero-width
 * characters nor odd white space, and replacing every single space with itself was most of the
 * cost of normalising a 6,000-paragraph page (about 5× faster on such lines in Node).
 */
export function normalizeText(text: string): string {
  const visible = HAS_ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  const collapsed = SPACE_TO_COLLAPSE.test(visible) ? visible.replace(ANY_SPACE, ' ') : visible;
  return collapsed.trim().normalize('NFC');
}

