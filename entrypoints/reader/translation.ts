/**
 * Translation for an article the page printed no counterpart for: the store and session
 * (components/translation/) with the hosts that run each engine (entrypoints/reader/translation-client.ts).
 */
import type { ReaderView } from '../../lib/reader';
import { translationUnits } from '../../lib/translated-view';
import { ENGINE_LABELS, translationDirection } from '../../lib/translate';
import { createTranslationStore, initialTranslationState, type TranslationStore } from '../../components/translation/translation-state';
import type { EngineSetting, PanelEngine } from '../../components/translation/engine-choice';
import { createTranslationSession, type TranslationHost, type TranslationSession } from './translation-session';
import type { PanelTranslation } from '../../components/panel/context';
import { ROWS_SHOWN_AT_ONCE } from '../../components/ReaderPanel';
import { backgroundHost, onDeviceHost } from './translation-client';
import { askBackground } from '../../utils/background';
import { isNamedEngine } from '../../lib/protocol';
import { translationStrings } from './strings';

const engineLabel = (engine: PanelEngine): string => ENGINE_LABELS[engine] ?? engine;

/**
 * The host that runs `engine` for this panel: Chrome's Translator in this content script's own world;
 * every other engine through the background (the engine chosen in the options as it is, any other by
 * name: Mozilla's model, or the other keyless engine for this article).
 */
function hostFor(engine: PanelEngine, chosen: EngineSetting, store: TranslationStore): TranslationHost {
  const onDownloadProgress = (progress: { fraction: number }) => store.dispatch({ type: 'download-progress', fraction: progress.fraction });
  if (engine === 'chrome-builtin') return onDeviceHost(onDownloadProgress);
  // The engine in the options runs as it is set up there; another one only by name (lib/protocol.ts NamedEngine).
  return engine === chosen || !isNamedEngine(engine) ? backgroundHost() : backgroundHost({ engine, onDownloadProgress });
}

/**
 * A Korean article with no English on the page, or an English article from a Korean outlet: the
 * panel opens with the source side and an engine fills in the other (components/translation/).
 */
export async function startTranslation(view: ReaderView, setting: EngineSetting): Promise<{ panel: PanelTranslation; session: TranslationSession } | null> {
  const doc = view.document;
  if (doc.englishSource !== 'none' && doc.language !== 'en') return null;
  const direction = translationDirection(doc.language);
  if (!direction) return null;
  const allUnits = translationUnits(view.rows, direction.from);
  if (allUnits.length === 0) return null;
  // As far as the panel shows the article (a 100,000-paragraph article is not sent whole).
  const units = allUnits.filter((unit) => unit.row < ROWS_SHOWN_AT_ONCE);
  const store = createTranslationStore(initialTranslationState(direction.to, units.map((unit) => unit.row)));
  const session = createTranslationSession({ units, ...direction, setting, store, hostFor: (engine) => hostFor(engine, setting, store) });
  const panel: PanelTranslation = {
    store,
    from: direction.from,
    engineLabel,
    strings: translationStrings(),
    actions: {
      download: () => void session.download(),
      cancel: () => session.cancel(),
      resume: () => void session.resume(),
      retry: (row) => void session.retry(row),
      useEngine: (engine) => void session.useEngine(engine),
      showRows: (count) => void session.add(allUnits.filter((unit) => unit.row < count)),
      openOptions: () => void askBackground({ type: 'options:open' }).catch(() => {}),
    },
  };
  return { panel, session };
}
