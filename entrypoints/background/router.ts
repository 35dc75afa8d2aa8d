/**
 * The background's routes: the toolbar button and the keyboard commands to the tab's content
 * script, the reader bundle injected when a tab asks for it, the toolbar button lit on detected
 * articles and marked when a page blocked the panel, the options page's requests. It acts on a tab's
 * word only for that tab (sender.tab), never on ids in a message. The engines it serves are given
 * (index.ts); tests/background.test.ts drives the routes with WXT's fake browser.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { COMMAND_MESSAGES, parseBackgroundMessage, senderTopFrameTab, type BackgroundReply, type DictionaryAction, type Outcome, type TabMessage } from '../../lib/protocol';
import type { DictionaryService } from './dictionary-service';
import type { BergamotHost, ModelStore } from '../../lib/translate/bergamot';

declare const __TEST_HOOKS__: boolean;

/** The options page's model list and removal (and, in test builds, the same through the test bridge). */
function answerModels(store: ModelStore, message: { type: 'models:list' } | { type: 'models:remove'; pair: 'ko-en' | 'en-ko' }): Promise<BackgroundReply<'models:list'> | BackgroundReply<'models:remove'>> {
  return message.type === 'models:list'
    ? store.listModels().then((models) => ({ ok: true as const, models }), (error: Error) => ({ ok: false as const, error: error.message }))
    : settled(store.removeModel(message.pair));
}

function answerLookup(dictionary: DictionaryService, lemmas: string[]): Promise<BackgroundReply<'words:lookup'>> {
  return dictionary.lookup(lemmas).then(
    (entries) => (entries ? { ok: true as const, entries } : { ok: false as const, error: 'no-dictionary' }),
    (error: Error) => ({ ok: false as const, error: error.message }),
  );
}

function answerDictionary(dictionary: DictionaryService, action: DictionaryAction): Promise<BackgroundReply<'words:dictionary'>> {
  const work = { status: dictionary.state, download: dictionary.download, update: dictionary.update, cancel: dictionary.cancel, remove: dictionary.remove }[action]();
  return work.then((state) => ({ ok: true as const, state }), (error: Error) => ({ ok: false as const, error: error.message }));
}

/** A background act's outcome as the protocol answers it (lib/protocol.ts Outcome). */
const settled = (work: Promise<unknown>): Promise<Outcome> => work.then(() => ({ ok: true as const }), (error: Error) => ({ ok: false as const, error: error.message }));

// MV2 (Firefox) names the toolbar button browserAction.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

type InjectedScript = '/detector.js' | '/reader.js' | '/word-tools.js';

async function injectFiles(tabId: number, files: InjectedScript[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
}

/**
 * Send a reader message to a tab's top frame. A tab opened before the extension was installed (or
 * updated) has no detector yet: inject it once and retry.
 */
async function sendToTab(tabId: number, message: TabMessage): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    try {
      await injectFiles(tabId, ['/detector.js']);
      await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch (error) {
      // Pages the extension may not touch (browser pages, the web stores): nothing to open there.
      console.info(`Hanyeong Reader: tab ${tabId} cannot host the reader: ${(error as Error).message}`);
    }
  }
}

// The drawn icon sets (assets/icon.svg → public/icon, `npm run icons`): coloured on a detected
// article, grey elsewhere (the manifest's default_icon), so the button says "a reader is here".
const iconSet = (suffix: '' | '-grey') =>
  ({ 16: `/icon/16${suffix}.png`, 32: `/icon/32${suffix}.png`, 48: `/icon/48${suffix}.png`, 128: `/icon/128${suffix}.png` }) as const;

function setLit(tabId: number, lit: boolean): void {
  // A tab closed before the detector's report arrives rejects: nothing to light then.
  void action().setIcon({ tabId, path: iconSet(lit ? '' : '-grey') }).catch(() => {});
}

export interface BackgroundServices {
  /** The on-device engine's host (the test bridge asks its status). */
  bergamot: Pick<BergamotHost, 'engineStatus'>;
  /** Mozilla's downloaded models. */
  models: ModelStore;
  /** The translation service (entrypoints/background/translation-service.ts): the cache the options page may empty. */
  translations: { clearCache(): Promise<unknown> };
  /** Word mode's dictionary (dictionary-service.ts). */
  dictionary: DictionaryService;
}

/** Registers the background's listeners. */
export function startBackground({ bergamot, models, translations, dictionary }: BackgroundServices): void {
  action().onClicked.addListener((tab: Browser.tabs.Tab) => {
    if (tab.id !== undefined) void sendToTab(tab.id, { type: 'reader:toggle' });
  });

  // Firefox for Android has no keyboard commands (no `commands` API): the toolbar action is the way in there.
  browser.commands?.onCommand.addListener(async (command: string, tab?: Browser.tabs.Tab) => {
    const message = COMMAND_MESSAGES[command];
    if (!message) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, message);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const message = parseBackgroundMessage(raw);
    const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
    // The options page's list of on-device models, and their removal: extension pages only.
    if (message?.type === 'models:list' || message?.type === 'models:remove') return fromExtensionPage ? answerModels(models, message) : undefined;
    if (__TEST_HOOKS__) {
      // Test builds only: the end-to-end tests reach the on-device engine through the detector's
      // page-event bridge (Firefox's BiDi cannot open extension pages).
      const test = raw as { type?: unknown; action?: unknown; message?: unknown } | null;
      if (test?.type === 'test:bergamot' && sender.tab) {
        if (test.action === 'status') return bergamot.engineStatus();
        const forwarded = parseBackgroundMessage(test.message);
        if (forwarded?.type === 'models:list' || forwarded?.type === 'models:remove') return answerModels(models, forwarded);
        return Promise.resolve({ error: 'unknown test:bergamot action' });
      }
    }
    // The panel's "Open the options" button: content scripts cannot open the options page themselves.
    if (message?.type === 'options:open') return settled(browser.runtime.openOptionsPage());
    if (message?.type === 'words:open-list') return settled(browser.tabs.create({ url: browser.runtime.getURL('/words.html') }));
    // Only the extension's own pages (the options page) may empty the cache, never a web page's script.
    if (message?.type === 'translate:clear-cache') return fromExtensionPage ? settled(translations.clearCache()) : undefined;
    // Word mode's dictionary: the panel (a tab's top frame) and the extension's own pages; removing
    // it only from the extension's pages (the Words page), never from a page's panel.
    if (message?.type === 'words:lookup' || message?.type === 'words:dictionary') {
      if (!fromExtensionPage && (senderTopFrameTab(sender, browser.runtime.id) === null || (message.type === 'words:dictionary' && message.action === 'remove'))) return;
      return message.type === 'words:lookup' ? answerLookup(dictionary, message.lemmas) : answerDictionary(dictionary, message.action);
    }
    // Only our own content scripts, from a tab's top frame.
    const tabId = senderTopFrameTab(sender, browser.runtime.id);
    if (!message || tabId === null) return;
    if (message.type === 'words:load') return settled(injectFiles(tabId, ['/word-tools.js']));
    if (message.type === 'page:candidate') {
      setLit(tabId, message.candidate);
      return;
    }
    if (message.type === 'reader:blocked') {
      // The panel is gone and the page covers whatever it could show: the toolbar button tells why
      // until the tab navigates (Chrome and Firefox reset per-tab badges and titles then).
      void action().setBadgeText({ tabId, text: '!' }).catch(() => {});
      void action().setTitle({ tabId, title: i18n.t(message.reason === 'inert' ? 'readerBlockedInert' : 'readerBlockedCovered') }).catch(() => {});
      return;
    }
    const loaded: Promise<BackgroundReply<'reader:load'>> = settled(injectFiles(tabId, ['/reader.js']));
    return loaded;
  });
}
