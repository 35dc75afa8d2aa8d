/**
 * One interface over both real browsers, so Chromium and Firefox run the same reader scenarios
 * (e2e/scenarios.ts). Chromium is driven by playwright-core and reaches the content script the way
 * the toolbar button and shortcuts do: the extension's service worker calls chrome.tabs.sendMessage.
 * Firefox is driven by puppeteer-core over WebDriver BiDi, which cannot reach the background, so it
 * uses the test build's page-event bridge into the same content-script handler.
 */
import type { ReaderStateReply, TabMessage } from '../lib/protocol';

export interface ReaderDriver {
  browserName: string;
  goto(url: string): Promise<void>;
  /** Send a reader message to the current tab's content script; resolves with its reply. */
  send(message: TabMessage): Promise<ReaderStateReply>;
  /** Run `fn` in the page with the panel's shadow root (or null) as argument; returns its JSON-able result. */
  inPanel<T>(fn: (root: ShadowRoot | null) => T): Promise<T>;
  /** Run `fn` in the page's main world. */
  inPage<T>(fn: () => T): Promise<T>;
  /** Pointer over the panel element matching `selector` (inside the shadow root). */
  hover(selector: string): Promise<void>;
  /** Keyboard focus on the panel element matching `selector`. */
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Poll `check` until it returns a truthy value or the time runs out. */
export async function waitFor<T>(check: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await check();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < deadline);
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
