/**
 * The article as the reader sees it once (part of) it is translated: the view the copy button, the
 * exports and read-aloud use. The translations that arrived are merged in by lib/translated-view.ts's
 * withTranslations, the same merge the CLI prints (`reader extract --translate`), so a file exported
 * from the panel and the CLI's JSON agree on where every translated paragraph sits.
 */
import type { ReaderView } from '../../lib/reader';
import { withTranslations } from '../../lib/translated-view';
import type { TranslationState } from './translation-state';
import type { Language } from '../../lib/types';

export function translatedArticle(view: ReaderView, state: TranslationState, from: Language): ReaderView {
  const translations = new Map<number, string>();
  for (const [row, cell] of Object.entries(state.cells)) if (cell.status === 'done') translations.set(Number(row), cell.text);
  if (!state.engine || translations.size === 0) return view;
  return withTranslations(view, state.engine, from, translations);
}
