/**
 * One interface over both real browsers, so Chromium and Firefox run the same reader scenarios
 * (e2e/*.scenarios.ts). Chromium is driven by playwright-core and reaches the content script the way
 * the toolbar button and shortcuts do: the extension's service worker calls chrome.tabs.sendMessage.
 * Firefox is driven by puppeteer-core over WebDriver BiDi, which cannot reach the background, so it
 * uses the test build's page-event bridge into the same content-script handler.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
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
  /** A real pointer click on the page's own element matching `selector` (outside the panel). */
  clickPage(selector: string): Promise<void>;
  /** A real pointer click on the panel element matching `selector` (a user activation). */
  click(selector: string): Promise<void>;
  /** The page's viewport in CSS px (the window's inner size; in Chromium's mobile emulation, the screen's). */
  resize(width: number, height: number): Promise<void>;
  /** A touch tap on the panel element matching `selector`: only where the browser emulates touch (Chromium). */
  tap?(selector: string): Promise<void>;
  /** A one-finger swipe of `dx` px sideways across the panel element matching `selector` (Chromium's touch emulation). */
  swipe?(selector: string, dx: number): Promise<void>;
  /** Drag the panel element matching `selector` by `dx` px with the pointer (press, move in steps, release). */
  drag(selector: string, dx: number): Promise<void>;
  /** The system clipboard's text, read by the page (the browser is set up to allow it). */
  readClipboard(): Promise<string>;
  writeClipboard(text: string): Promise<void>;
  /** Click the panel control `selector` and wait for the file the browser downloads: its name and text. */
  download(selector: string): Promise<{ name: string; text: string }>;
  /** Add a classic script (its source) to the page's main world. */
  addScript(source: string): Promise<void>;
  /** The test build's page-event bridge (entrypoints/detector.ts): a test message into the extension's content-script world. */
  testHook(detail: { type: string; [key: string]: unknown }): Promise<unknown>;
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

/** A playwright or a puppeteer page: both run `fn(arg)` in the page's main world the same way. */
type AnyPage = PlaywrightPage | PuppeteerPage;
const evaluate = <R, A>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> => (page as PlaywrightPage).evaluate(fn as (arg: unknown) => R, arg as unknown);

/**
 * Test builds only: a message through the detector's page-event bridge (entrypoints/detector.ts),
 * the same handlers as the real messages; the reply lands in <html data-hanyeong-test-reply>.
 */
export async function callTestBridge(page: AnyPage, detail: unknown): Promise<unknown> {
  const sent = JSON.stringify(detail);
  await waitFor(() => evaluate(page, () => document.documentElement.hasAttribute('data-hanyeong-test-ready'), null), 'the detector content script');
  await evaluate(page, (text) => {
    document.documentElement.removeAttribute('data-hanyeong-test-reply');
    window.dispatchEvent(new CustomEvent('hanyeong-test', { detail: text }));
  }, sent);
  return JSON.parse(await waitFor(() => evaluate(page, () => document.documentElement.getAttribute('data-hanyeong-test-reply'), null), `a reply to ${sent}`));
}

/**
 * A control in the bar's closed "More" menu (components/panel/MoreMenu.tsx) is in the DOM but
 * hidden: opens the menu first, as a reader would, so a real click can reach it. Does nothing for a
 * control in the bar or the rows.
 */
export function openMenuFor(page: AnyPage, selector: string): Promise<void> {
  return evaluate(page, (sel) => {
    const root = document.querySelector('[data-hanyeong-reader]')?.shadowRoot;
    const el = root?.querySelector(sel);
    if (!el?.closest('[data-more-menu][hidden]')) return;
    root!.querySelector<HTMLButtonElement>('[data-action="more"]')?.click();
  }, selector);
}

/** Centre of the panel element matching `selector`, scrolled into view: where a pointer goes. */
export function panelPoint(page: AnyPage, selector: string): Promise<{ x: number; y: number } | null> {
  return evaluate(page, (sel) => {
    const el = document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 200) };
  }, selector);
}
