import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import type { ReaderDriver } from './driver';
import { waitFor } from './driver';
import { REPO_ROOT } from './server';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(REPO_ROOT, process.env.HANYEONG_OUT ?? '.output/test', 'firefox-mv2');

export async function launchFirefox(extensionDir = FIREFOX_BUILD): Promise<Browser> {
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
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

export async function firefoxDriver(): Promise<ReaderDriver> {
  const browser = await launchFirefox();
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 860 });
  const deep = (selector: string) => `hanyeong-reader >>> ${selector}`;
  return {
    browserName: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async send(message) {
      // Test builds only: the detector's page-event bridge into the same handler (entrypoints/detector.content.ts).
      const sent = JSON.stringify(message);
      await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-hanyeong-test-ready')), 'the detector content script');
      await page.evaluate((detail) => {
        document.documentElement.removeAttribute('data-hanyeong-test-reply');
        window.dispatchEvent(new CustomEvent('hanyeong-test', { detail }));
      }, sent);
      const reply = await waitFor(() => page.evaluate(() => document.documentElement.getAttribute('data-hanyeong-test-reply')), `a reply to ${sent}`);
      return JSON.parse(reply);
    },
    inPanel: (fn) => page.evaluate(`(${fn.toString()})(document.querySelector('hanyeong-reader')?.shadowRoot ?? null)`) as never,
    inPage: (fn) => page.evaluate(fn) as never,
    async hover(selector) {
      await page.hover(deep(selector));
    },
    async focus(selector) {
      // Headless Firefox windows never hold focus (document.hasFocus() stays false, even with
      // focusmanager.testmode or -foreground), so element.focus() fires no focus events there.
      // A real click moves focus the way a reader does and is what this driver can deliver.
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
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => browser.close(),
  };
}
