/**
 * The options page in Chromium with the test build: a setting changed there survives a reload, a
 * key goes to local storage and never to sync, the clear-cache and shortcuts buttons work, and the every-page detector obeys "open by itself"
 * and "sites where the reader never runs". A host name is needed for the never-run list (an IP is
 * not a site), so the browser resolves news.example.test to the loopback page server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM_ARGS, CHROMIUM_PATH, sendToTabAt } from '../testing/chromium';
import { waitFor } from '../testing/driver';
import { startPageServer, type PageServer } from '../testing/server';

const HOST = 'news.example.test';

describe('options page in chromium', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  let server: PageServer;
  let options: Page;
  let optionsUrl: string;

  beforeAll(async () => {
    server = await startPageServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'hanyeong-options-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    optionsUrl = new URL('/options.html', worker.url()).href;
    options = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await server?.close();
  });

  const stored = (area: 'sync' | 'local') => worker.evaluate((area) => chrome.storage[area].get(null), area);
  const seedUrl = () => server.fixtureUrl('breaknews-seed').replace('127.0.0.1', HOST);
  const panelRows = (page: Page) => page.evaluate(() => document.querySelector('[data-hanyeong-reader]')?.shadowRoot?.querySelectorAll('[data-pair]').length ?? 0);

  it('keeps a changed setting after a reload', async () => {
    await options.goto(optionsUrl);
    await options.locator('select[name=theme]').selectOption('dark');
    await options.locator('input[name=fontSize]').fill('21');
    await options.locator('input[name=fontSize]').blur();
    await options.locator('input[name=lineHeight]').fill('2.05');
    await options.locator('input[name=lineHeight]').blur();
    await options.locator('input[name=autoOpen]').check();
    await waitFor(async () => ((await stored('sync')).settings as { fontSize?: number } | undefined)?.fontSize === 21, 'the size to be saved');
    // Kept to one decimal, as the panel's line-spacing buttons step it.
    await waitFor(async () => ((await stored('sync')).settings as { lineHeight?: number } | undefined)?.lineHeight === 2.1, 'the line spacing to be saved');

    await options.reload();
    await expect.poll(() => options.locator('select[name=theme]').inputValue()).toBe('dark');
    expect(await options.locator('input[name=fontSize]').inputValue()).toBe('21');
    expect(await options.locator('input[name=lineHeight]').inputValue()).toBe('2.1');
    expect(await options.locator('input[name=autoOpen]').isChecked()).toBe(true);
  });

  it('stores an engine key locally, never in synced settings', async () => {
    await options.locator('select[name=engine]').selectOption('deepl');
    await options.locator('input[name=deepl-key]').fill('test-key-123:fx');
    await options.locator('input[name=deepl-key]').blur();
    await waitFor(async () => JSON.stringify(await stored('local')).includes('test-key-123:fx'), 'the key in local storage');
    const sync = await stored('sync');
    expect(JSON.stringify(sync)).not.toContain('test-key-123');
    expect((sync.settings as { engine?: string }).engine).toBe('deepl');
  });

  it('lists on-device first, and says next to a keyless engine where the text goes and that it is unofficial', async () => {
    await options.goto(optionsUrl);
    const choices = await options.locator('select[name=engine] option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(choices[0]).toBe('auto');
    expect(choices).toEqual(expect.arrayContaining(['chrome-builtin', 'deepl', 'google-web', 'microsoft-edge']));
    expect(await options.locator('[data-engine-notice]').count()).toBe(0);

    await options.locator('select[name=engine]').selectOption('google-web');
    await expect.poll(() => options.locator('[data-engine-notice=google-web]').textContent()).toMatch(/Google.*translate\.googleapis\.com.*(not an official API|공식 API가 아닙니다)/s);
    await options.locator('input[name=google-web-endpoint]').fill('http://127.0.0.1:8123');
    await options.locator('input[name=google-web-endpoint]').blur();
    await waitFor(async () => JSON.stringify((await stored('sync')).settings).includes('http://127.0.0.1:8123'), 'the endpoint to be saved');
    const settings = (await stored('sync')).settings as { engine?: string; engines?: Record<string, unknown> };
    expect(settings.engine).toBe('google-web');
    expect(settings.engines?.['google-web']).toEqual({ engine: 'google-web', endpoint: 'http://127.0.0.1:8123' });

    await options.locator('select[name=engine]').selectOption('microsoft-edge');
    await expect.poll(() => options.locator('[data-engine-notice=microsoft-edge]').textContent()).toMatch(/Microsoft.*edge\.microsoft\.com/s);
    await options.locator('select[name=engine]').selectOption('auto');
    await expect.poll(() => options.locator('[data-engine-notice]').count()).toBe(0);
    await waitFor(async () => ((await stored('sync')).settings as { engine?: string }).engine === 'auto', 'the choice "auto" to be saved');
  });

  it('clears the translation cache through the background, and says so', async () => {
    await options.goto(optionsUrl);
    await options.locator('button[name=clear-cache]').click();
    await expect.poll(() => options.locator('[role=status]').textContent()).toMatch(/^(Translation cache cleared\.|번역 캐시를 비웠습니다\.)$/);
  });

  it('opens the browser\'s shortcut page from the shortcuts button', async () => {
    const [page] = await Promise.all([context.waitForEvent('page'), options.locator('button[name=shortcuts]').click()]);
    await expect.poll(() => page.url()).toBe('chrome://extensions/shortcuts');
    await page.close();
  });

  it('opens the reader by itself on a detected article when auto-open is on', async () => {
    const page = await context.newPage();
    await page.goto(seedUrl(), { waitUntil: 'load' });
    expect(await waitFor(() => panelRows(page), 'the panel to open by itself')).toBeGreaterThan(0);
    await page.close();
  });

  it('never runs on a site from the never-run list', async () => {
    await options.reload();
    await options.locator('textarea[name=neverRunOn]').fill(`https://${HOST}/some/article\nnot a site`);
    await options.locator('textarea[name=neverRunOn]').blur();
    await expect.poll(() => options.locator('[role=alert]').textContent()).toContain('not a site');
    await waitFor(async () => JSON.stringify((await stored('sync')).settings).includes(HOST), 'the site to be saved');

    const page = await context.newPage();
    await page.goto(seedUrl(), { waitUntil: 'load' });
    const reply = await sendToTabAt(worker, page.url(), { type: 'reader:toggle' });
    expect(reply).toEqual({ open: false });
    expect(await panelRows(page)).toBe(0);
    await page.close();
  });
});
