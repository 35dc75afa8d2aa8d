/**
 * The reader bundle, injected into a tab's top frame only when the reader is asked for (by the
 * detector, through the background). Reads the live page with the same pipeline as the CLI and
 * mounts the panel in a shadow root under the page's one `<div data-hanyeong-reader>` (panel-host.ts).
 * An unlisted script, not a WXT content script: WXT's content-script context announces itself to
 * the page (utils/script-lifetime.ts).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { translationUnits, type ReaderView } from '../../lib/reader';
import { readStable } from '../../lib/snapshot';
import { ENGINE_LABELS, translationDirection } from '../../lib/translate';
import { createTranslationStore, initialTranslationState, type TranslationStore } from '../../components/translation/translation-state';
import type { EngineSetting, PanelEngine } from '../../components/translation/engine-choice';
import { createTranslationSession, type TranslationSession } from '../../components/translation/translation-session';
import type { TranslationStrings } from '../../components/translation/translation-strings';
import type { PanelSpeech, PanelTranslation } from '../../components/ReaderPanel';
import { backgroundHost, onDeviceHost, type TranslationHost } from '../../utils/translation-client';
import { readSettings, settingsItem } from '../../utils/settings';
import { parseSettings, type Settings } from '../../lib/settings';
import { READER_CONTROLLER, type ReaderController } from '../../lib/reader-controller';
import { isNamedEngine, type BlockedReason, type ReaderStateReply, type TabMessage } from '../../lib/protocol';
import { ReaderPanel, ROWS_SHOWN_AT_ONCE } from '../../components/ReaderPanel';
import { chooseVoice, createPanelStore, initialPanelState, type Appearance, type PanelStore } from '../../components/panel-state';
import type { PanelStrings } from '../../components/strings';
import { PANEL_CSS as panelCss } from '../../components/panel-style';
import { watchRemoval } from './removal-watch';
import { createPanelHost, type PanelHost } from './panel-host';
import { guardPanel } from './panel-guard';
import { startScriptLifetime, type ScriptLifetime } from '../../utils/script-lifetime';
import { askBackground } from '../../utils/background';

declare const __TEST_HOOKS__: boolean;

/**
 * "19,990": digits grouped by threes with commas, as English and Korean write them. Not
 * toLocaleString: its first call loads the locale's number data, a long task on a busy machine.
 */
const groupDigits = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function panelStrings(): PanelStrings {
  return {
    language: browser.i18n.getUILanguage(),
    panelLabel: i18n.t('panelLabel'),
    close: i18n.t('close'),
    switchLanguage: i18n.t('switchLanguage'),
    layoutLabel: i18n.t('panelLayout'),
    layoutNames: {
      auto: i18n.t('layoutAuto'),
      'side-by-side': i18n.t('optionsLayoutSideBySide'),
      interleaved: i18n.t('layoutInterleaved'),
      single: i18n.t('layoutSingle'),
    },
    themeLabel: i18n.t('panelTheme'),
    themeNames: { auto: i18n.t('optionsThemeAuto'), light: i18n.t('optionsThemeLight'), dark: i18n.t('optionsThemeDark'), sepia: i18n.t('optionsThemeSepia') },
    textSize: i18n.t('panelTextSize'),
    textSmaller: i18n.t('textSmaller'),
    textLarger: i18n.t('textLarger'),
    textSizeNow: (px) => i18n.t('textSizeNow', [String(px)]),
    lineSpacing: i18n.t('panelLineSpacing'),
    lineTighter: i18n.t('lineTighter'),
    lineLooser: i18n.t('lineLooser'),
    lineSpacingNow: (value) => i18n.t('lineSpacingNow', [value]),
    exportLabel: i18n.t('exportLabel'),
    exportMarkdown: i18n.t('exportMarkdown'),
    exportText: i18n.t('exportText'),
    copyPair: i18n.t('copyPair'),
    copied: i18n.t('copied'),
    copyFailed: i18n.t('copyFailed'),
    resizePanel: i18n.t('resizePanel'),
    readAloud: i18n.t('readAloud'),
    readPair: i18n.t('readPair'),
    readFromHere: i18n.t('readFromHere'),
    readPause: i18n.t('readPause'),
    readStop: i18n.t('readStop'),
    noVoice: (language) => i18n.t('noVoice', [language]),
    readAloudFailed: (language, code) => i18n.t('readAloudFailed', [language, code]),
    pairPosition: (position, total) => i18n.t('pairPosition', [String(position), String(total)]),
    leadingLanguage: (language) => i18n.t('leadingLanguage', [language]),
    unpaired: i18n.t('unpaired'),
    caption: i18n.t('caption'),
    sourcePage: i18n.t('sourcePage'),
    sourceNone: i18n.t('sourceNone'),
    noArticle: i18n.t('noArticle'),
    noArticleHint: i18n.t('noArticleHint'),
    limitCut: (paragraphs) => i18n.t('limitCut', [groupDigits(paragraphs)]),
    limitShown: (shown, total) => i18n.t('limitShown', [groupDigits(shown), groupDigits(total)]),
    showMoreRows: (count) => i18n.t('showMoreRows', [groupDigits(count)]),
    reportPage: i18n.t('reportPage'),
    reportPageHint: i18n.t('reportPageHint'),
  };
}

function translationStrings(): TranslationStrings {
  return {
    translatedBy: (engine) => i18n.t('translationBy', [engine]),
    checking: i18n.t('translationChecking'),
    needsDownload: (engine) => i18n.t('translationModelMissing', [engine]),
    download: i18n.t('translationDownload'),
    downloadSized: (direction, size, source) => i18n.t('translationDownloadSized', [direction, size, source]),
    direction: (from) => (from === 'ko' ? i18n.t('translationKoToEn') : i18n.t('translationEnToKo')),
    downloading: (engine) => i18n.t('translationDownloadingModel', [engine]),
    downloadFailed: i18n.t('translationDownloadFailed'),
    progress: i18n.t('translationProgress'),
    cancel: i18n.t('translationCancel'),
    cancelled: i18n.t('translationCancelled'),
    resume: i18n.t('translationResume'),
    finished: i18n.t('translationFinished'),
    retry: i18n.t('translationRetry'),
    retryFailed: i18n.t('translationRetryFailed'),
    waiting: i18n.t('translationWaiting'),
    translating: i18n.t('translationPending'),
    notTranslated: i18n.t('translationNotYet'),
    failedParagraph: i18n.t('translationFailedParagraph'),
    noAnswer: i18n.t('translationNoAnswer'),
    someFailed: (engine) => i18n.t('translationSomeFailed', [engine]),
    keylessFailed: (engine) => i18n.t('translationKeylessFailed', [engine]),
    useEngine: (engine) => i18n.t('translationUseEngine', [engine]),
    noneChosen: i18n.t('translationNoneChosen'),
    notHere: (engine) => i18n.t('translationNotHere', [engine]),
    nothingOnDevice: i18n.t('translationNothingOnDevice'),
    canChromeAndMozilla: i18n.t('translationCanChromeAndMozilla'),
    canChrome: i18n.t('translationCanChrome'),
    canMozilla: i18n.t('translationCanMozilla'),
    canOnlyOnline: i18n.t('translationCanOnlyOnline'),
    openOptions: i18n.t('translationOpenOptions'),
  };
}

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
async function startTranslation(view: ReaderView): Promise<{ panel: PanelTranslation; session: TranslationSession } | null> {
  const doc = view.document;
  if (doc.englishSource !== 'none' && doc.language !== 'en') return null;
  const direction = translationDirection(doc.language);
  if (!direction) return null;
  const allUnits = translationUnits(view.rows, direction.from);
  if (allUnits.length === 0) return null;
  // As far as the panel shows the article (issue 14: a 100,000-paragraph article is not sent whole).
  const units = allUnits.filter((unit) => unit.row < ROWS_SHOWN_AT_ONCE);
  const setting = (await readSettings()).engine;
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

/**
 * Hands the main thread back to the page for a task between reading steps (issue 6: no long task
 * while opening). A message rather than setTimeout, whose nested calls are clamped to 4 ms each.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

interface OpenPanel {
  store: PanelStore;
  session: TranslationSession | null;
  stopSaving: () => void;
  downloads: Downloads;
  /** The page address the panel was opened for. */
  openedAt: string;
  /** Stops watching for the page removing the panel's host, covering it or taking its focus. */
  stopWatching: () => void;
}

/**
 * The shadow root's mode. Closed in the store build: the page cannot read or rewrite the panel
 * through `host.shadowRoot` (SECURITY.md, "Closed shadow root"). Test builds keep the automation
 * contract's open root unless `storage.local` `hanyeong-test-shadow` is `"closed"`, which the hostile
 * suite sets to check the closed root itself.
 */
async function shadowMode(): Promise<ShadowRootMode> {
  if (!__TEST_HOOKS__) return 'closed';
  const stored = await browser.storage.local.get('hanyeong-test-shadow').catch(() => ({}) as Record<string, unknown>);
  return (stored as Record<string, unknown>)['hanyeong-test-shadow'] === 'closed' ? 'closed' : 'open';
}

/**
 * What the panel's own controls change (theme, text size, layout, width) is saved back to the
 * settings, so the next article opens the way the reader left this one. The leading language is
 * not: switching it is a per-article act (and the options page sets the default).
 */
function saveAppearanceChanges(store: PanelStore): () => void {
  const pick = (a: Appearance): Partial<Settings> => ({ theme: a.theme, fontSize: a.fontSize, lineHeight: a.lineHeight, layout: a.layout, panelWidth: a.panelWidth });
  let saved = JSON.stringify(pick(store.get()));
  return store.subscribe((state) => {
    const next = pick(state);
    if (JSON.stringify(next) === saved) return;
    saved = JSON.stringify(next);
    void settingsItem
      .getValue()
      .then((stored) => settingsItem.setValue({ ...parseSettings(stored), ...next }))
      .catch((error) => console.error('Hanyeong Reader: saving the panel settings failed', error));
  });
}

/**
 * How long an utterance may wait to start before read-aloud gives up on it. Firefox with no voice
 * fails the first utterance and then leaves every later one pending for good (seen in Firefox ESR
 * 153 on Linux without speech-dispatcher); a working voice starts well within this, network voices
 * included.
 */
const SPEECH_START_TIMEOUT_MS = 8_000;

/** The Web Speech API's synthesis, or undefined where the browser has none (the panel hides read-aloud). */
function webSpeech(): PanelSpeech | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return {
    speak(text, lang, done) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      // A voice for the language when the system lists one; otherwise the browser picks by `lang`.
      const voice = chooseVoice(synth.getVoices(), lang);
      if (voice) utterance.voice = voice;
      let settled = false;
      const settle = (error: string | null) => {
        clearTimeout(watchdog);
        if (settled) return;
        settled = true;
        done(error);
      };
      const giveUp = () => {
        // Paused before it began: the reader's pause, not a stuck voice.
        if (synth.paused) {
          watchdog = setTimeout(giveUp, SPEECH_START_TIMEOUT_MS);
          return;
        }
        settle('not-started');
        synth.cancel();
      };
      let watchdog = setTimeout(giveUp, SPEECH_START_TIMEOUT_MS);
      utterance.onstart = () => clearTimeout(watchdog);
      utterance.onend = () => settle(null);
      utterance.onerror = (event) => settle((event as SpeechSynthesisErrorEvent).error || 'synthesis-failed');
      synth.speak(utterance);
    },
    hasVoice: (lang) => {
      const voice = chooseVoice(synth.getVoices(), lang);
      return voice === undefined ? null : voice !== null;
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    cancel: () => synth.cancel(),
  };
}

/** Blob URLs for exported files: one alive at a time, all revoked when the panel closes. */
interface Downloads {
  urlFor(text: string, type: string): string;
  revoke(): void;
}

function createDownloads(): Downloads {
  let current: string | null = null;
  const revoke = () => {
    if (current) URL.revokeObjectURL(current);
    current = null;
  };
  return {
    urlFor(text, type) {
      revoke();
      current = URL.createObjectURL(new Blob([text], { type }));
      return current;
    },
    revoke,
  };
}

function createController(lifetime: ScriptLifetime): ReaderController {
  let panel: OpenPanel | null = null;
  let opening: Promise<void> | null = null;
  /** While a panel is open, a 1 s tick notices an extension reload (see below). */
  let invalidationWatch: number | null = null;
  /**
   * One host per page, mounted and removed with each panel: a host per open kept every closed
   * panel's shadow tree alive (200 opens and closes grew a page by ~93,000 DOM nodes, issue 14).
   */
  let panelHost: PanelHost | null = null;
  const hostFor = async (): Promise<PanelHost> => (panelHost ??= createPanelHost({ css: panelCss, mode: await shadowMode() }));

  /** Why the last panel closed itself, if the page would not let it be used (panel-guard.ts). */
  let blockedBy: BlockedReason | null = null;
  lifetime.onInvalidated(() => close());

  const close = () => {
    if (invalidationWatch !== null) clearInterval(invalidationWatch);
    invalidationWatch = null;
    // Closing the panel cancels the translation still outstanding (and frees the on-device model).
    try {
      panel?.session?.dispose();
    } catch {
      // The extension was reloaded under the page: its ports are gone already.
    }
    panel?.stopSaving();
    panel?.stopWatching();
    panel?.downloads.revoke();
    if (panel && panelHost) {
      // Unmounting the Preact tree takes its listeners and state with it.
      render(null, panelHost.container);
      panelHost.remove();
    }
    panel = null;
  };

  /** The page covers the panel or made it inert past recovery: close, and have the toolbar button say why. */
  const blocked = (reason: BlockedReason) => {
    console.warn(`Hanyeong Reader: the page ${reason === 'inert' ? 'made the reader inert' : 'keeps covering the reader'}; closing it`);
    close();
    blockedBy = reason;
    void askBackground({ type: 'reader:blocked', reason }).catch(() => {});
  };

  const readPage = async (): Promise<{ view: ReaderView | null; notice: { title: string; hint: string } | null }> => {
    const strings = panelStrings();
    try {
      // From a state the page held still in: a page rewriting its article is not read mid-rewrite (issue 14).
      const { view: read, cut } = await readStable(document, { url: location.href }, yieldToPage);
      const view = cut ? { ...read, cut } : read;
      if (!view.document.isArticle || view.rows.length === 0) return { view: null, notice: { title: strings.noArticle, hint: strings.noArticleHint } };
      return { view, notice: null };
    } catch (error) {
      console.error('Hanyeong Reader: reading this page failed', error);
      return { view: null, notice: { title: i18n.t('failed'), hint: i18n.t('failedHint') } };
    }
  };

  const open = async () => {
    if (panel) return;
    blockedBy = null;
    const { view: read, notice } = await readPage();
    const translating = read ? await startTranslation(read).catch((error) => {
      console.error('Hanyeong Reader: translation could not start', error);
      return null;
    }) : null;
    const settings = await readSettings();
    const { layout, theme, fontSize, lineHeight, panelWidth } = settings;
    const view = read;
    const store = createPanelStore(initialPanelState(view?.rows.length ?? 0, settings.primary, { layout, theme, fontSize, lineHeight, panelWidth }));
    const strings = panelStrings();
    const downloads = createDownloads();
    const speech = webSpeech();
    const copyText = (text: string) => navigator.clipboard.writeText(text);
    const host = await hostFor();
    render(
      <ReaderPanel
        view={view}
        notice={notice}
        store={store}
        strings={strings}
        onClose={close}
        translation={translating?.panel}
        copyText={copyText}
        downloadUrl={downloads.urlFor}
        speech={speech}
        version={browser.runtime.getManifest().version}
      />,
      host.container,
    );
    host.show();
    // The page removing the panel's host closes the panel (and cancels its translation) as the close
    // button does; a page covering it or taking its focus meets panel-guard.ts.
    const stopRemovalWatch = watchRemoval(host.host, () => close());
    const stopGuard = guardPanel(host, (reason) => blocked(reason));
    const stopWatching = () => {
      stopRemovalWatch();
      stopGuard();
    };
    panel = { store, session: translating?.session ?? null, stopSaving: saveAppearanceChanges(store), downloads, openedAt: location.href, stopWatching };
    // Chromium does not re-inject content scripts into open tabs when the extension is reloaded or
    // updated, and WXT only checks that the extension is still there on a timer tick; without one
    // an orphaned panel would stay on the page for good (found by the hostile-page suite, issue 5).
    invalidationWatch = window.setInterval(() => void lifetime.valid, 1000);
    void translating?.session?.start();
  };

  const state = (): ReaderStateReply => (panel ? { open: true, primary: panel.store.get().primary } : blockedBy ? { open: false, blocked: blockedBy } : { open: false });

  return {
    async handle(message: TabMessage): Promise<ReaderStateReply> {
      switch (message.type) {
        case 'reader:toggle':
          if (panel) close();
          else await (opening ??= open().finally(() => (opening = null)));
          break;
        case 'reader:open':
          await (opening ??= open().finally(() => (opening = null)));
          break;
        case 'reader:close':
          close();
          break;
        case 'reader:switch-language':
          // With no panel open the shortcut opens it; with one open it swaps the leading language.
          if (panel) panel.store.dispatch({ type: 'switch-language' });
          else await (opening ??= open().finally(() => (opening = null)));
          break;
        case 'reader:state':
          break;
      }
      return state();
    },
    // Called once a navigation has committed a new address (utils/script-lifetime.ts). A download
    // link's click is a `navigate` event too (blob: destination, no URL change): closing then revoked
    // the export's Blob URL and Chromium cancelled the download (e2e/reader-ux.chromium.e2e.ts), so
    // the panel closes only when the page's address really changed.
    pageChanged: () => {
      if (panel && location.href !== panel.openedAt) close();
    },
    dispose: close,
  };
}

export default defineUnlistedScript({
  main() {
    const key = READER_CONTROLLER as unknown as string;
    const scope = globalThis as unknown as Record<string, ReaderController>;
    // Injected twice (a second click while loading): keep the first controller.
    scope[key] ??= createController(startScriptLifetime('reader'));
  },
});
