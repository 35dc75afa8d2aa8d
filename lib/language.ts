/**
 * Which language one paragraph is in, for the bilingual split.
 *
 * Text with only Hangul or only Latin letters is that language. Mixed text goes by the script
 * whose characters occur most, as franc-min decides when it is restricted to Korean and English:
 * franc-min first picks the most frequent of its scripts, and Korean (Hangul) is a script of one
 * language, Latin's trigram comparison has one language left (English), and any other script is
 * neither. On NTREX-128's 1,997 line pairs that calls 99.6% of the Korean lines Korean and 100% of
 * the English lines English, against 79.8% English for full franc with all languages
 * (scripts/measure/franc-choice.mjs); a plain Hangul ratio calls Korean text heavy with Latin
 * product names ("갤럭시 북4 엣지 Snapdragon X Elite Copilot+ PC") English.
 *
 * Only franc-min's script expressions are used, not its trigram tables: with Korean and English
 * only they never decide, and building them for 82 languages at start-up was the reader bundle's
 * one long task (`npm run bench`). `tests/language.test.ts` checks every NTREX line and
 * every corpus paragraph gets the answer franc-min gives.
 */
import { expressions } from 'franc-min/expressions.js';
import { countHangul, countLatinLetters } from './text-stats';
import type { Language } from './types';

export type ParagraphLanguage = Language | 'und';

export function paragraphLanguage(text: string): ParagraphLanguage {
  const hangul = countHangul(text);
  const latin = countLatinLetters(text);
  if (hangul === 0 && latin === 0) return 'und';
  if (latin === 0) return 'ko';
  if (hangul === 0) return 'en';
  // Mixed script: the script that occurs most (franc-min's first step, and with Korean and English
  // only its last); English that still carries a fair share of Hangul is Korean.
  const script = topScript(text.slice(0, FRANC_MAX_LENGTH));
  if (script === 'kor') return 'ko';
  if (script === 'Latin') return hangul * 3 > latin ? 'ko' : 'en';
  return 'und';
}


/** franc-min reads at most this much of a text. */
const FRANC_MAX_LENGTH = 2048;
const SCRIPTS = Object.entries(expressions as Record<string, RegExp>);

/** The script of franc-min's expressions with the most characters in `text` (the first on a tie). */
function topScript(text: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of SCRIPTS) {
    const count = text.match(expression)?.length ?? 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return top;
}
