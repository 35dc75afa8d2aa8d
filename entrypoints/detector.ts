/**
 * The every-page script: the only code injected on every page. It decides cheaply whether the page
 * is a Korean article candidate (to light the toolbar button) and answers the reader messages,
 * loading the reader bundle only when the reader is asked for. Kept tiny (issue 6 budget: 15 KB).
 */
import { browser, type Browser } from 'wxt/browser';
import { detectArticleCandidate } from '../lib/detect';
import { isFromExtensionBackground, parseTabMessage, parseTranslateReply, TRANSLATE_PORT, type ReaderStateReply, type TabMessage, type TranslateReply } from '../lib/protocol';
import { READER_CONTROLLER, type ReaderController } from '../utils/reader-controller';
import { isBlockedHost, parseSettings, type Settings } from '../lib/settings';
import { installSpeechStandIn, type SpeechStandIn } from '../utils/speech-stand-in';
import { startScriptLifetime } from '../utils/script-lifetime';
import { askBackground } from '../utils/background';

declare const __TEST_HOOKS__: boolean;

function controller(): ReaderController | undefined {
  return (globalThis as Record<symbol, ReaderController | undefined>)[READER_CONTROLLER];
}

async function loadReader(): Promise<ReaderController> {
  const loaded = controller();
  if (loaded) return loaded;
  const reply = await askBackground({ type: 'reader:load' });
  const ready = controller();
  if (!ready) throw new Error((reply && !reply.ok && reply.error) || 'the reader bundle did not load');
  return ready;
}

/**
 * The two settings this page needs, read straight from storage.sync (the key utils/settings.ts's
 * `sync:settings` item uses): the WXT storage wrapper would add its code to every page.
 */
async function readPageSettings(): Promise<Pick<Settings, 'autoOpen' | 'neverRunOn'>> {
  try {
    return parseSettings((await browser.storage.sync.get('settings')).settings);
  } catch {
    return parseSettings(undefined);
  }
}

async function handle(message: TabMessage): Promise<ReaderStateReply> {
  const loaded = controller();
  if (!loaded && (message.type === 'reader:state' || message.type === 'reader:close')) return { open: false };
  try {
    return await (await loadReader()).handle(message);
  } catch (error) {
    return { open: false, error: (error as Error).message };
  }
}

/**
 * An unlisted script that wxt.config.ts declares in the manifest's content_scripts (every http(s)
 * top frame, at document_idle), rather than a WXT content script: WXT's content-script context
 * announces itself to every page (utils/script-lifetime.ts says how and why not).
 */
export default defineUnlistedScript({
  main() {
    const lifetime = startScriptLifetime('detector');
    const pageSettings = readPageSettings();
    const blockedHere = () => pageSettings.then((settings) => isBlockedHost(location.hostname, settings.neverRunOn));
    // A site on the user's never-run list gets no reader, whichever way it is asked for.
    const answer = async (message: TabMessage): Promise<ReaderStateReply> => ((await blockedHere()) ? { open: false } : handle(message));

    const report = async () => {
      if (await blockedHere()) return;
      const { candidate } = detectArticleCandidate(document, location.href);
      askBackground({ type: 'page:candidate', candidate }).catch(() => {});
      if (candidate && (await pageSettings).autoOpen) void answer({ type: 'reader:open' });
    };
    void report();

    browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
      // Tab messages come from the extension's background only, never from another tab's script.
      if (!isFromExtensionBackground(sender, browser.runtime.id)) return;
      const message = parseTabMessage(raw);
      if (!message) return;
      return answer(message);
    });

    // In-page navigation (history.pushState): the article under the panel is gone.
    lifetime.onLocationChange(() => {
      controller()?.pageChanged();
      void report();
    });
    // The extension was reloaded or updated under this page: take the panel down quietly.
    lifetime.onInvalidated(() => controller()?.dispose());

    if (__TEST_HOOKS__) {
      // Test builds only (npm run build:test): Firefox's BiDi driver cannot message a tab from the
      // background, so tests dispatch `hanyeong-test` events carrying the same messages; the reply
      // lands in the `data-hanyeong-test-reply` attribute of <html>. Compiled out of the store build.
      let speech: SpeechStandIn | null = null;
      const reply = (value: unknown) => document.documentElement.setAttribute('data-hanyeong-test-reply', JSON.stringify(value));
      window.addEventListener('hanyeong-test', (event) => {
        const detail = JSON.parse(String((event as CustomEvent).detail)) as { type?: unknown; area?: unknown; items?: unknown; action?: unknown; voices?: unknown };
        // Read-aloud tests (e2e/reader-ux.scenarios.ts): a stand-in speech synthesis in this world,
        // which the reader shares (utils/speech-stand-in.ts says why), its log, and its clock.
        if (detail.type === 'test:speech') {
          if (detail.action === 'install') speech = installSpeechStandIn(globalThis as unknown as Record<string, unknown>, Array.isArray(detail.voices) ? detail.voices.map(String) : undefined);
          const finished = detail.action === 'finish' ? (speech?.finish() ?? false) : detail.action === 'fail' ? (speech?.fail('synthesis-failed') ?? false) : null;
          reply({ installed: speech !== null, finished, log: speech?.log ?? [] });
          return;
        }
        // Translation tests (e2e/translate.scenarios.ts) choose an engine and its loopback endpoint
        // the way the options page stores them.
        if (detail.type === 'test:storage' && (detail.area === 'sync' || detail.area === 'local') && typeof detail.items === 'object' && detail.items) {
          void browser.storage[detail.area]
            .set(detail.items as Record<string, unknown>)
            .then(() => reply({ stored: true }));
          return;
        }
        // On-device translation tests (e2e/bergamot.*.e2e.ts): the engine's status and the model
        // list through the background, and one request on a translate port as the panel opens it
        // (optionally closing the port after some progress, as a removed panel does).
        if (detail.type === 'test:bergamot') {
          browser.runtime.sendMessage(detail).then(reply, (error: Error) => reply({ error: error.message }));
          return;
        }
        if (detail.type === 'test:port') {
          const { message, disconnectAfterProgress } = detail as { message?: unknown; disconnectAfterProgress?: unknown };
          const port = browser.runtime.connect({ name: TRANSLATE_PORT });
          const replies: TranslateReply[] = [];
          let settled = false;
          const finish = (how: 'answered' | 'disconnected' | 'lost') => {
            if (settled) return;
            settled = true;
            if (how !== 'lost') port.disconnect();
            reply({ replies, how });
          };
          port.onMessage.addListener((raw: unknown) => {
            const parsed = parseTranslateReply(raw);
            if (!parsed) return;
            replies.push(parsed);
            const progress = replies.filter((r) => r.type === 'translate:progress').length;
            if (['translate:availability', 'translate:prepared', 'translate:prepare-failed', 'translate:done'].includes(parsed.type)) finish('answered');
            else if (typeof disconnectAfterProgress === 'number' && progress >= disconnectAfterProgress) finish('disconnected');
          });
          port.onDisconnect.addListener(() => finish('lost'));
          port.postMessage(message);
          return;
        }
        const message = parseTabMessage(detail);
        if (!message) return;
        void answer(message).then(reply);
      });
      document.documentElement.setAttribute('data-hanyeong-test-ready', '');
    }
  },
});
