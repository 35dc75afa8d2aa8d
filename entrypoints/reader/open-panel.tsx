/**
 * Opening a panel on this page, step by step:
 *
 * 1. Read the page from a state it held still in (lib/snapshot.ts), in slices handed back to the
 *    page between them; a page that is no article, or that failed to read, gets a notice instead.
 * 2. Read the settings once: the panel's appearance and leading language, the translation engine.
 * 3. With no counterpart on the page, start a translation (translation.ts).
 * 4. Render the panel into the page's one host (panel-host.ts), shown in the top layer.
 * 5. Watch the host: the page removing it closes the panel, the page covering it or taking its
 *    focus meets panel-guard.ts; the panel's own changes of appearance are saved (appearance.ts).
 *
 * `close()` undoes all of it (and puts the page back where the reader left it, when the panel covered
 * it: on a phone, a touch on the panel's bar could scroll the page underneath): the translation still outstanding is cancelled, the Preact tree
 * unmounted (its listeners and state go with it), the host taken off the page, the Blob URL revoked.
 */
import { yieldToPage } from '../../lib/steps';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ReaderView } from '../../lib/reader';
import { readStable } from '../../lib/snapshot';
import type { BlockedReason } from '../../lib/protocol';
import { ReaderPanel } from '../../components/ReaderPanel';
import type { PanelServices } from '../../components/panel/context';
import { createPanelStore, initialPanelState } from '../../components/panel-state';
import { readSettings } from '../../utils/settings';
import type { ScriptLifetime } from '../../utils/script-lifetime';
import { saveAppearanceChanges } from './appearance';
import type { OpenedPanel } from './controller';
import { createDownloads } from './downloads';
import type { PanelHost } from './panel-host';
import { guardPanel } from './panel-guard';
import { watchRemoval } from './removal-watch';
import { webSpeech } from './speech';
import { failureNotice, panelStrings } from './strings';
import { startTranslation } from './translation';
import { createWordServices } from './words';
import { askBackground } from '../../utils/background';

type PageRead = { view: ReaderView; notice: null } | { view: null; notice: { title: string; hint: string } };

async function readPage(): Promise<PageRead> {
  try {
    // From a state the page held still in: a page rewriting its article is not read mid-rewrite.
    const { view: read, cut } = await readStable(document, { url: location.href }, yieldToPage);
    const view = cut ? { ...read, cut } : read;
    if (!view.document.isArticle || view.rows.length === 0) {
      const strings = panelStrings();
      return { view: null, notice: { title: strings.noArticle, hint: strings.noArticleHint } };
    }
    return { view, notice: null };
  } catch (error) {
    console.error('Hanyeong Reader: reading this page failed', error);
    return { view: null, notice: failureNotice() };
  }
}

/** The panel spans the page's visible width: the reader could not have scrolled the page on purpose. */
function coversViewport(host: PanelHost): boolean {
  const panel = host.container.firstElementChild;
  if (!panel) return false;
  const rect = panel.getBoundingClientRect();
  const width = window.visualViewport?.width ?? document.documentElement.clientWidth;
  const left = window.visualViewport?.offsetLeft ?? 0;
  return rect.left <= left + 1 && rect.right >= left + width - 1;
}

export interface OpenPanelOptions {
  /** The page's one host, made on first use. */
  host: () => Promise<PanelHost>;
  lifetime: ScriptLifetime;
  closed: () => void;
  blocked: (reason: BlockedReason) => void;
}

export async function openPanel({ host: hostFor, lifetime, closed, blocked }: OpenPanelOptions): Promise<OpenedPanel> {
  const { view, notice } = await readPage();
  const settings = await readSettings();
  const translating = view
    ? await startTranslation(view, settings.engine).catch((error) => {
        console.error('Hanyeong Reader: translation could not start', error);
        return null;
      })
    : null;
  const { layout, theme, fontSize, lineHeight, panelWidth } = settings;
  const store = createPanelStore(initialPanelState(view?.rows.length ?? 0, settings.primary, { layout, theme, fontSize, lineHeight, panelWidth }));
  const downloads = createDownloads();
  const services: PanelServices = {
    copyText: (text) => navigator.clipboard.writeText(text),
    saveFile: downloads.saveFile,
    speech: webSpeech(),
    version: browser.runtime.getManifest().version,
    words: createWordServices(() => void askBackground({ type: 'words:open-list' }).catch(() => {})),
  };
  const host = await hostFor();
  const pageScroll = { x: window.scrollX, y: window.scrollY };
  render(<ReaderPanel view={view} notice={notice} store={store} strings={panelStrings()} onClose={closed} translation={translating?.panel} services={services} />, host.container);
  host.show();
  const stopRemovalWatch = watchRemoval(host.host, closed);
  const stopGuard = guardPanel(host, blocked);
  const stopSaving = saveAppearanceChanges(store);
  // Chromium does not re-inject content scripts into open tabs when the extension is reloaded or
  // updated, and the script's lifetime only notices on a read of `valid`; without a tick an orphaned
  // panel would stay on the page for good (found by the hostile-page suite).
  const validityTick = window.setInterval(() => void lifetime.valid, 1000);
  void translating?.session.start();

  return {
    primary: () => store.get().primary,
    switchLanguage: () => store.dispatch({ type: 'switch-language' }),
    close() {
      clearInterval(validityTick);
      // Closing the panel cancels the translation still outstanding (and frees the on-device model).
      try {
        translating?.session.dispose();
      } catch {
        // The extension was reloaded under the page: its ports are gone already.
      }
      stopSaving();
      stopRemovalWatch();
      stopGuard();
      downloads.revoke();
      const covered = coversViewport(host);
      render(null, host.container);
      host.remove();
      if (covered && (window.scrollX !== pageScroll.x || window.scrollY !== pageScroll.y)) window.scrollTo(pageScroll.x, pageScroll.y);
    },
  };
}
