import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { callTestBridge, openMenuFor, panelPoint, type ReaderDriver } from './driver';
import type { ReaderStateReply } from '../lib/protocol';
import { REPO_ROOT } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(REPO_ROOT, process.env.HANYEONG_OUT ?? '.output/test', 'chrome-mv3');

/** Flags for a quiet headless Chromium on a machine with no network (see the machine notes in the README). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A phone, as Chromium's mobile emulation makes one (Emulation.setDeviceMetricsOverride with
 * mobile: true, and touch): page viewports are honoured, a page without one is laid out 980 px wide
 * and shown zoomed out, taps are touches.
 */
export interface ChromiumDevice {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
}

/** 390 × 844 at device scale 2 (a current phone's CSS size), touch. */
export const PHONE: ChromiumDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** `options.args`: more Chromium flags (e.g. a page server's host mapping, testing/server.ts); `options.device`: a phone to emulate. */
export async function launchChromium(extensionDir = CHROME_BUILD, options: { headless?: boolean; args?: string[]; device?: ChromiumDevice } = {}): Promise<{ context: BrowserContext; worker: Worker; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hanyeong-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    ...options.device,
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, userDataDir };
}

/**
 * Send a reader message to the tab at `url` from the extension's service worker: the same call the
 * toolbar button and the commands make (entrypoints/background/router.ts).
 */
export function sendToTabAt<T = ReaderStateReply>(worker: Worker, url: string, message: { type: string }): Promise<T> {
  return worker.evaluate(
    async ({ url, message }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (!tab?.id) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { url, message },
  ) as Promise<T>;
}

/** The every-page script listens from document_idle on: ask for the state until it answers. */
export async function waitForDetector(page: Page, worker: Worker): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await sendToTabAt<unknown>(worker, page.url(), { type: 'reader:state' });
      return;
    } catch {
      await page.waitForTimeout(50);
    }
  }
  throw new Error(`the detector never answered on ${page.url()}`);
}

export async function chromiumDriver(args: string[] = [], device?: ChromiumDevice): Promise<ReaderDriver> {
  const { context, worker, userDataDir } = await launchChromium(CHROME_BUILD, { args, device });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  // Reading the clipboard back (the copy test) is a permission the page must be given.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const deep = (selector: string) => page.locator(`[data-hanyeong-reader] ${selector}`).first();
  return {
    browserName: 'chromium',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    send: (message) => sendToTabAt(worker, page.url(), message),
    inPanel: (fn) => page.evaluate(`(${fn.toString()})(document.querySelector('[data-hanyeong-reader]')?.shadowRoot ?? null)`),
    inPage: (fn) => page.evaluate(fn),
    hover: (selector) => deep(selector).hover(),
    focus: (selector) => deep(selector).focus(),
    press: (key) => page.keyboard.press(key),
    async click(selector) {
      await openMenuFor(page, selector);
      await deep(selector).click();
    },
    clickPage: (selector) => page.locator(selector).first().click(),
    resize: (width, height) => page.setViewportSize({ width, height }),
    async tap(selector) {
      await openMenuFor(page, selector);
      const at = await panelPoint(page, selector);
      if (!at) throw new Error(`no panel element ${selector}`);
      await page.touchscreen.tap(at.x, at.y);
    },
    async swipe(selector, dx) {
      const from = await panelPoint(page, selector);
      if (!from) throw new Error(`no panel element ${selector}`);
      const cdp = await context.newCDPSession(page);
      const touch = (type: string, x: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: from.y }] } as never);
      await touch('touchStart', from.x);
      for (let i = 1; i <= 6; i++) await touch('touchMove', from.x + (dx * i) / 6);
      // The finger rests before it lifts: no fling goes on after it (a tap during one only stops it).
      await new Promise((r) => setTimeout(r, 150));
      await touch('touchMove', from.x + dx);
      await touch('touchEnd', from.x + dx);
      await cdp.detach();
    },
    async drag(selector, dx) {
      const from = await panelPoint(page, selector);
      if (!from) throw new Error(`no panel element ${selector}`);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dx, from.y, { steps: 5 });
      await page.mouse.up();
    },
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    writeClipboard: (text) => page.evaluate((t) => navigator.clipboard.writeText(t), text),
    async download(selector) {
      await openMenuFor(page, selector);
      const [download] = await Promise.all([page.waitForEvent('download'), deep(selector).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    },
    testHook: (detail) => callTestBridge(page, detail),
    async addScript(source) {
      await page.addScriptTag({ content: source });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
