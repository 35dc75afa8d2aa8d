/**
 * The store screenshots (docs/screenshots, 1280×800: the size both stores take), made from the
 * bundled demo article (tests/fixtures/breaknews-seed) in Debian's Chromium with the test build; and
 * the phone layout in light and dark (390×844 at device scale 2, so 780×1688 PNGs, for the Firefox
 * for Android listing), on the demo article served with a device-width viewport.
 * Re-run to refresh them: `npx vitest run --config e2e/vitest.config.ts e2e/store-screenshots.e2e.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROME_BUILD, launchChromium, PHONE, sendToTabAt } from '../testing/chromium';
import { waitFor } from '../testing/driver';
import { FIXTURES, REPO_ROOT, startPageServer, type PageServer } from '../testing/server';

// `npm test` writes them under test-results/ so a test run never changes tracked files;
// `npm run screenshots` (HANYEONG_SCREENSHOTS=docs) refreshes the committed store screenshots.
const SHOTS = resolve(REPO_ROOT, process.env.HANYEONG_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store screenshots', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  let server: PageServer;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startPageServer();
    ({ context, worker, userDataDir } = await launchChromium());
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await server?.close();
  });

  /** The message the toolbar button sends (entrypoints/background/router.ts), from the service worker. */
  const send = (message: { type: string }) => sendToTabAt(worker, page.url(), message);

  const shoot = async (name: string, primary: 'ko' | 'en') => {
    await waitFor(
      () => page.evaluate((lead) => document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector(`[data-primary="${lead}"] [data-pair]`) != null, primary),
      `the panel with ${primary} first`,
    );
    // Fonts and layout settle after the first paint; a shot of a half-laid-out panel is no use to a store.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(300);
    const file = resolve(SHOTS, name);
    await page.screenshot({ path: file });
    expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
  };

  const panelBackground = () =>
    page.evaluate(() => {
      const panel = document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector('.panel');
      return panel ? getComputedStyle(panel).backgroundColor : null;
    });

  it('Korean first, light: reader-1280x800.png', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.fixtureUrl('breaknews-seed'), { waitUntil: 'load' });
    expect(await send({ type: 'reader:open' })).toMatchObject({ open: true, primary: 'ko' });
    await shoot('reader-1280x800.png', 'ko');
    expect(await panelBackground()).toBe('rgb(251, 251, 248)');
  });

  it('English first, dark: reader-en-dark-1280x800.png', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await send({ type: 'reader:switch-language' })).toMatchObject({ open: true, primary: 'en' });
    await shoot('reader-en-dark-1280x800.png', 'en');
    // The automatic theme follows the system's dark mode (components/panel.css token order).
    expect(await panelBackground()).toBe('rgb(24, 25, 27)');
  });
});

describe('store screenshots of the phone layout', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  let server: PageServer;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startPageServer();
    const seed = readFileSync(resolve(FIXTURES, 'breaknews-seed', 'source.html'));
    const at = seed.indexOf('<head>') + '<head>'.length;
    url = server.route('/phone/seed.html', Buffer.concat([seed.subarray(0, at), Buffer.from('\n<meta name="viewport" content="width=device-width, initial-scale=1">'), seed.subarray(at)]), 'text/html');
    ({ context, worker, userDataDir } = await launchChromium(CHROME_BUILD, { device: PHONE }));
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await server?.close();
  });

  const shoot = async (name: string, background: string) => {
    await waitFor(() => page.evaluate(() => document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelector('.panel[data-bar="compact"] [data-kind="body"]') != null), 'the compact panel');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-hanyeong-reader]')!.shadowRoot!.querySelector('.panel')!).backgroundColor)).toBe(background);
    const file = resolve(SHOTS, name);
    await page.screenshot({ path: file });
    expect(pngSize(file)).toEqual({ width: PHONE.viewport.width * PHONE.deviceScaleFactor, height: PHONE.viewport.height * PHONE.deviceScaleFactor });
  };

  it('light: reader-phone-390x844.png', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url, { waitUntil: 'load' });
    expect(await sendToTabAt(worker, page.url(), { type: 'reader:open' })).toMatchObject({ open: true, primary: 'ko' });
    await shoot('reader-phone-390x844.png', 'rgb(251, 251, 248)');
  });

  it('dark: reader-phone-dark-390x844.png', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot('reader-phone-dark-390x844.png', 'rgb(24, 25, 27)');
  });
});
