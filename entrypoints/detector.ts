/**
 * The every-page script: the only code injected on every page. It decides cheaply whether the page
 * is a Korean article candidate (to light the toolbar button) and answers the reader messages,
 * loading the reader bundle only when the reader is asked for. Kept tiny (budget: 15 KB, scripts/bench/budgets.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { detectArticleCandidate } from '../lib/detect';
import { isFromExtensionBackground, parseTabMessage, type ReaderStateReply, type TabMessage } from '../lib/protocol';
import { READER_CONTROLLER, type ReaderController } from '../utils/reader-controller';
import { isBlockedHost, parsePageSettings, type Settings } from '../lib/settings';
import { startScriptLifetime } from '../utils/script-lifetime';
import { askBackground } from '../utils/background';
import { installTestBridge } from '../testing/test-bridge';

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
    return parsePageSettings((await browser.storage.sync.get('settings')).settings);
  } catch {
    return parsePageSettings(undefined);
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

    // Test builds only (npm run build:test): the page-event bridge (testing/test-bridge.ts says
    // why). Compiled out of the store build.
    if (__TEST_HOOKS__) installTestBridge({ answer });
  },
});
