/**
 * On-device translation in Chromium (engine in the offscreen document): the shared scenarios, and
 * the options page's "On-device models" list and Remove through the real extension-page messages
 * (Firefox's BiDi cannot open moz-extension:// pages, so this part is Chromium's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { BrowserContext, Worker } from 'playwright-core';
import { chromiumDriver, launchChromium } from '../testing/chromium';
import { bergamotScenarios } from './bergamot.scenarios';
import { callTestBridge } from '../testing/driver';
import { startPageServer, type PageServer } from '../testing/server';
import { startModelHost, type ModelHost } from '../testing/model-host';

bergamotScenarios('Chromium, offscreen document', chromiumDriver);

describe('the options page lists and removes on-device models (Chromium)', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  let pages: PageServer;
  let host: ModelHost;

  beforeAll(async () => {
    [pages, host] = await Promise.all([startPageServer(), startModelHost()]);
    pages.route('/article', '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>기사</title></head><body><p>문단.</p></body></html>');
    ({ context, worker, userDataDir } = await launchChromium());
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await Promise.all([pages?.close(), host?.close()]);
  });

  it('shows the installed model with its size and date, and Remove removes it', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${pages.origin}/article`);
    await callTestBridge(page, { type: 'test:storage', area: 'local', items: { 'hanyeong-test-bergamot': { registryUrl: host.registryUrl, standIn: true } } });
    const prepared = (await callTestBridge(page, { type: 'test:port', message: { type: 'translate:prepare', from: 'ko', to: 'en', engine: 'bergamot' } })) as { replies: Array<{ type: string }> };
    expect(prepared.replies.at(-1)).toEqual({ type: 'translate:prepared' });
    // The download ran in the offscreen document the service worker opened (reason WORKERS).
    const offscreen = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }));
    expect(offscreen.map((c) => new URL(c.documentUrl!).pathname)).toEqual(['/offscreen.html']);

    const options = await context.newPage();
    await options.goto(new URL('/options.html', worker.url()).href);
    const row = options.locator('[data-model="ko-en"]');
    await row.waitFor();
    const megabytes = (host.files.filter((f) => f.name.includes('/ko-en/')).reduce((s, f) => s + f.plain.length, 0) / 1_000_000).toFixed(1);
    expect(await row.textContent()).toMatch(new RegExp(`Korean → English ${megabytes.replace('.', '\\.')} MB, installed \\S+`));
    await row.locator('button').click();
    await options.locator('[data-models-empty]').waitFor();
    expect(await options.locator('[data-section=on-device-models] [role=status]').textContent()).toBe('The model was removed.');
    // Gone for the engine too: the panel would be offered the download again.
    const after = (await callTestBridge(page, { type: 'test:port', message: { type: 'translate:availability', from: 'ko', to: 'en', engine: 'bergamot' } })) as { replies: Array<{ state?: string }> };
    expect(after.replies[0]?.state).toBe('downloadable');
  });
});
