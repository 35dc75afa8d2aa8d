/**
 * Which way to translate an article: the reader always pairs Korean with English, so a Korean article
 * is translated into English and an English-language one (e.g. a Korea Herald page) into Korean.
 */
import type { Language } from '../types';

export interface TranslationDirection {
  from: Language;
  to: Language;
}

/**
 * `language` is Extraction.language (lib/types.ts): "ko", "en", "und", or any BCP 47 tag such as "ko-KR".
 * Returns null for anything else: the reader does not guess a direction for Japanese or unknown text.
 */
export function translationDirection(language: string): TranslationDirection | null {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ko' || primary === 'kor') return { from: 'ko', to: 'en' };
  if (primary === 'en' || primary === 'eng') return { from: 'en', to: 'ko' };
  return null;
}
