/**
 * Which language one paragraph is in, for the bilingual split.
 *
 * franc-min restricted to Korean and English: on NTREX-128's 1,997 line pairs it calls 99.6% of the
 * Korean lines Korean and 100% of the English lines English, against 79.8% English for full franc
 * with all languages (scripts/measure/franc-choice.mjs). A plain Hangul ratio calls Korean text
 * heavy with Latin product names ("갤럭시 북4 엣지 Snapdragon X Elite Copilot+ PC") English.
 */
import { franc } from 'franc-min';
import { countHangul, countLatinLetters } from './text-stats';

export type ParagraphLanguage = 'ko' | 'en' | 'und';

export function paragraphLanguage(text: string): ParagraphLanguage {
  const hangul = countHangul(text);
  const latin = countLatinLetters(text);
  if (hangul === 0 && latin === 0) return 'und';
  if (latin === 0) return 'ko';
  if (hangul === 0) return 'en';
  // Mixed script: let franc weigh trigrams rather than counting characters.
  const code = franc(text, { only: ['kor', 'eng'], minLength: 1 });
  if (code === 'kor') return 'ko';
  if (code === 'eng') return hangul * 3 > latin ? 'ko' : 'en';
  return 'und';
}

