/**
 * The every-page script: the only code injected on every page. It decides cheaply whether the page
 * is a Korean article candidate (to light the toolbar button) and answers the reader messages,
 * loading the reader bundle only when the reader is asked for. Kept tiny (issue 6 budget: 15 KB).
 */
import { browser, type Browser } from 'wxt/browser';
import { detectArticleCandidate } from '../lib/detect';
import { parseTabMessage, type ReaderStateReply, type TabMessage } from '../lib/protocol';
import { READER_CONTROLLER, type ReaderController } from '../lib/reader-controller';

declare const __TEST_HOOKS__: boolean;

function controller(): ReaderController | undefined {
  return (globalThis as Record<symbol, ReaderController | undefined>)[READER_CONTROLLER];
}

async function loadReader(): Promise<ReaderController> {
  const loaded = controller();
  if (loaded) return loaded;
  const reply = (await browser.runtime.sendMessage({ type: 'reader:load' })) as { ok: boolean; error?: string } | undefined;
  const ready = controller();
  if (!ready) throw new Error(reply?.error ?? 'the reader bundle did not load');
  return ready;
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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const report = () => {
      const { candidate } = detectArticleCandidate(document, location.href);
      browser.runtime.sendMessage({ type: 'page:candidate', candidate }).catch(() => {});
    };
    report();

    browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
      // Tab messages come from the extension's background only, never from another tab's script.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const message = parseTabMessage(raw);
      if (!message) return;
      return handle(message);
    });

    // In-page navigation (history.pushState): the article under the panel is gone.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      controller()?.pageChanged();
      report();
    });
    // The extension was reloaded or updated under this page: take the panel down quietly.
    ctx.onInvalidated(() => controller()?.dispose());

    if (__TEST_HOOKS__) {
      // Test builds only (npm run build:test): Firefox's BiDi driver cannot message a tab from the
      // background, so tests dispatch `hanyeong-test` events carrying the same messages; the reply
      // lands in the `data-hanyeong-test-reply` attribute of <html>. Compiled out of the store build.
      ctx.addEventListener(window, 'hanyeong-test' as keyof WindowEventMap, (event) => {
        const message = parseTabMessage(JSON.parse(String((event as CustomEvent).detail)));
        if (!message) return;
        void handle(message).then((reply) => document.documentElement.setAttribute('data-hanyeong-test-reply', JSON.stringify(reply)));
      });
      document.documentElement.setAttribute('data-hanyeong-test-ready', '');
    }
  },
});
