import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { callTestBridge, openMenuFor, panelPoint, waitFor, type ReaderDriver } from './driver';
import { REPO_ROOT } from './server';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(REPO_ROOT, process.env.HANYEONG_OUT ?? '.output/test', 'firefox-mv2');

export async function launchFirefox(extensionDir = FIREFOX_BUILD, prefs: Record<string, string | number | boolean> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** `prefs`: more Firefox preferences for this browser (e.g. a dark system theme). */
export async function firefoxDriver(prefs: Record<string, string | number | boolean> = {}): Promise<ReaderDriver> {
  // Downloads land in a folder of their own, without a dialog (the export test reads them there).
  const downloads = mkdtempSync(join(tmpdir(), 'hanyeong-firefox-downloads-'));
  const browser = await launchFirefox(FIREFOX_BUILD, {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    // Lets the page read the clipboard back without the paste prompt (the copy test).
    'dom.events.testing.asyncClipboard': true,
    ...prefs,
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 860 });
  const deep = (selector: string) => `[data-hanyeong-reader] >>> ${selector}`;
  const click = async (selector: string) => {
    await openMenuFor(page, selector);
    const element = await page.waitForSelector(deep(selector));
    if (!element) throw new Error(`no panel element ${selector}`);
    await element.click();
  };
  return {
    browserName: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    // Test builds only: BiDi cannot message a tab from the background, so this goes through the
    // detector's page-event bridge into the same handler (entrypoints/detector.ts).
    send: (message) => callTestBridge(page, message) as never,
    inPanel: (fn) => page.evaluate(`(${fn.toString()})(document.querySelector('[data-hanyeong-reader]')?.shadowRoot ?? null)`) as never,
    inPage: (fn) => page.evaluate(fn) as never,
    async hover(selector) {
      await page.hover(deep(selector));
    },
    async focus(selector) {
      // Headless Firefox windows never hold focus (document.hasFocus() stays false, even with
      // focusmanager.testmode, -foreground or bringToFront), so element.focus() moves
      // document.activeElement but fires no focus events. A real click moves focus the way a reader
      // does and fires them.
      const element = await page.waitForSelector(deep(selector));
      if (!element) throw new Error(`no panel element ${selector}`);
      const box = await element.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
    },
    press: (key) => page.keyboard.press(key as never),
    click,
    async clickPage(selector) {
      await page.click(selector);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    async drag(selector, dx) {
      const from = await panelPoint(page, selector);
      if (!from) throw new Error(`no panel element ${selector}`);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + (dx * i) / 5, from.y);
      await page.mouse.up();
    },
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    writeClipboard: (text) => page.evaluate((t) => navigator.clipboard.writeText(t), text),
    async download(selector) {
      const before = new Set(readdirSync(downloads));
      await click(selector);
      // Firefox puts an empty placeholder under the name and writes `name.part`, renamed over it
      // when the download is complete.
      const done = (f: string) => !before.has(f) && !f.endsWith('.part') && !existsSync(join(downloads, `${f}.part`)) && statSync(join(downloads, f)).size > 0;
      const name = await waitFor(async () => readdirSync(downloads).find(done), 'the downloaded file');
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    testHook: (detail) => callTestBridge(page, detail),
    async addScript(source) {
      await page.addScriptTag({ content: source });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
