/**
 * What the translation scenarios need beyond the reader driver (testing/driver.ts): a real click in the
 * panel (the model download needs a user gesture), settings written the way the options page writes
 * them, and in Chromium a stand-in `Translator` in the world where the extension hosts the engine.
 *
 * Where the stand-in goes: the reader translates on device in its content script's isolated world
 * (entrypoints/reader/translation-client.ts), so a stand-in in the page's main world (playwright's addInitScript)
 * would never be seen, and a test that put one there would pass only if the extension used the page's
 * global. The Chromium driver finds the extension's isolated world over the DevTools protocol
 * (Runtime.executionContextCreated, auxData.type "isolated", named after the extension) and defines
 * `Translator` there, before the reader bundle first looks it up.
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { rmSync } from 'node:fs';
import type { ReaderStateReply, TabMessage } from '../lib/protocol';
import { launchChromium, sendToTabAt } from '../testing/chromium';
import { launchFirefox } from '../testing/firefox';
import { callTestBridge, waitFor } from '../testing/driver';

export interface TranslateDriver {
  browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  send(message: TabMessage): Promise<ReaderStateReply>;
  inPanel<T>(fn: (root: ShadowRoot | null) => T): Promise<T>;
  inPage<T>(fn: () => T): Promise<T>;
  /** A real pointer click on the panel element matching `selector` (a user activation). */
  click(selector: string): Promise<void>;
  /** Write extension storage (`sync` settings, `local` keys) as the options page does. */
  setStorage(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void>;
  /** Chromium only: run `source` (an expression) in the reader's isolated world of the current page. */
  inExtensionWorld?(source: string): Promise<unknown>;
  /**
   * Chromium only: answer requests for `url` with `html`, as the site at that address would (an http
   * page under its real host name, which is not a secure context, unlike 127.0.0.1).
   */
  serveAt?(url: string, html: Buffer): Promise<void>;
  /** URLs of every open tab (to see the options page open). */
  pageUrls(): Promise<string[]>;
  close(): Promise<void>;
}

export async function chromiumTranslateDriver(): Promise<TranslateDriver> {
  const { context, worker, userDataDir }: { context: BrowserContext; worker: Worker; userDataDir: string } = await launchChromium();
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const extensionName = await worker.evaluate(() => chrome.runtime.getManifest().name);
  let cdp: CDPSession | undefined;
  let isolated: number | undefined;

  const findIsolatedWorld = async () => {
    await cdp?.detach().catch(() => {});
    isolated = undefined;
    cdp = await context.newCDPSession(page);
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
      const aux = created.auxData as { type?: string; isDefault?: boolean; frameId?: string } | undefined;
      if (aux?.type === 'isolated' && created.name === extensionName) isolated = created.id;
    });
    // Enabling replays every context that already exists.
    await cdp.send('Runtime.enable');
    return waitFor(async () => isolated, `the extension's isolated world (${extensionName})`);
  };

  return {
    browserName: 'chromium',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
      await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-hanyeong-test-ready')), 'the detector content script');
      await findIsolatedWorld();
    },
    send: (message) => sendToTabAt(worker, page.url(), message),
    inPanel: (fn) => page.evaluate(`(${fn.toString()})(document.querySelector('[data-hanyeong-reader]')?.shadowRoot ?? null)`),
    inPage: (fn) => page.evaluate(fn),
    click: (selector) => page.locator(`[data-hanyeong-reader] ${selector}`).first().click(),
    async setStorage(area, items) {
      await worker.evaluate(({ area, items }) => chrome.storage[area].set(items), { area, items });
    },
    async inExtensionWorld(source) {
      const result = await cdp!.send('Runtime.evaluate', { expression: source, contextId: isolated, awaitPromise: true, returnByValue: true });
      if (result.exceptionDetails) throw new Error(`in the extension's world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value;
    },
    async serveAt(url, html) {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    },
    pageUrls: async () => context.pages().map((p) => p.url()),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function firefoxTranslateDriver(): Promise<TranslateDriver> {
  const browser: PuppeteerBrowser = await launchFirefox();
  const page: PuppeteerPage = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 860 });
  const bridge = (detail: unknown) => callTestBridge(page, detail);
  return {
    browserName: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    send: (message) => bridge(message) as Promise<ReaderStateReply>,
    inPanel: (fn) => page.evaluate(`(${fn.toString()})(document.querySelector('[data-hanyeong-reader]')?.shadowRoot ?? null)`) as never,
    inPage: (fn) => page.evaluate(fn) as never,
    async click(selector) {
      const element = await page.waitForSelector(`[data-hanyeong-reader] >>> ${selector}`);
      if (!element) throw new Error(`no panel element ${selector}`);
      await element.click();
    },
    async setStorage(area, items) {
      await bridge({ type: 'test:storage', area, items });
    },
    // Puppeteer's BiDi page.url() stays "about:blank" for a moz-extension tab; the page itself knows.
    pageUrls: async () => Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url()))),
    close: () => browser.close(),
  };
}
