/**
 * The Words page in Chromium with the test build (Firefox's BiDi cannot open moz-extension pages:
 * there the page's view is covered by tests/words-page.test.tsx, and saving by e2e/words.*):
 * the saved words listed, marking one known written back to storage, a damaged stored list
 * reported and kept aside, and the Anki and CSV exports as real downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM_ARGS, CHROMIUM_PATH } from '../testing/chromium';
import { waitFor } from '../testing/driver';

const word = (text: string, lemma: string, known = false) => ({
  text,
  lemma,
  glosses: [`gloss of ${lemma}`, 'second, with a comma'],
  hanja: ['發表'],
  sentence: `정 청장은 우수정책을 ${text}`,
  english: 'The mayor "announced" excellent policies.',
  headline: '유성구청장 우수정책 발표',
  url: 'http://dj.breaknews.com/1',
  savedAt: '2026-12-02T00:00:00.000Z',
  known,
});

describe('Words page in chromium', () => {
  let context: BrowserContext;
  let worker: Worker;
  let userDataDir: string;
  let page: Page;
  let pageUrl: string;

  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'hanyeong-words-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      acceptDownloads: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    pageUrl = new URL('/words.html', worker.url()).href;
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const store = (value: unknown) => worker.evaluate((value) => chrome.storage.local.set({ savedWords: value }), value);
  const stored = () => worker.evaluate(() => chrome.storage.local.get(null));

  it('says how to save words when there are none', async () => {
    await page.goto(pageUrl);
    await expect(page.locator('[data-words-empty]').textContent({ timeout: 10_000 })).resolves.toMatch(/word mode|낱말 모드/);
    // The background answers for the dictionary: none on this fresh profile.
    await expect(page.locator('[data-dictionary]').getAttribute('data-dictionary', { timeout: 10_000 })).resolves.toBe('none');
  });

  it('lists the saved words and follows a word saved while it is open', async () => {
    await store(JSON.stringify({ version: 1, words: [word('발표했다.', '발표하다')] }));
    await waitFor(() => page.locator('[data-word]').count(), 'the word to appear');
    await store(JSON.stringify({ version: 1, words: [word('발표했다.', '발표하다'), word('연구원은', '연구원', true)] }));
    await waitFor(async () => (await page.locator('[data-word]').count()) === 2, 'the second word');
    expect(await page.locator('[data-word="발표하다"]').textContent()).toContain('The mayor "announced" excellent policies.');
  });

  it('marks a word known and writes it back', async () => {
    await page.locator('[data-word="발표하다"] [data-action="word-known"]').check();
    const list = await waitFor(async () => {
      const words = JSON.parse(String((await stored()).savedWords)).words as { lemma: string; known: boolean }[];
      return words.find((w) => w.lemma === '발표하다')?.known ? words : null;
    }, 'known to be saved');
    expect(list).toHaveLength(2);
  });

  it('exports an Anki-ready TSV and a CSV', async () => {
    const [anki] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-anki"]').click()]);
    const tsv = readFileSync((await anki.path())!, 'utf8');
    expect(anki.suggestedFilename()).toBe('hanyeong-words-anki.txt');
    expect(tsv).toMatch(/^#separator:tab\n/);
    expect(tsv).toContain('발표했다.');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('word,lemma,glosses,hanja,sentence,english,headline,url,saved,known');
    expect(text).toContain('"The mayor ""announced"" excellent policies."');
  });

  it('says when the stored list is damaged, and keeps the damaged copy aside on the next change', async () => {
    const damaged = JSON.stringify({ version: 1, words: [word('발표했다.', '발표하다'), { text: 'broken' }] });
    await store(damaged);
    await waitFor(() => page.locator('[data-words-status]').count(), 'the damage to be reported');
    expect(await page.locator('[data-words-status]').textContent()).toMatch(/word 2/);
    await page.locator('[data-word="발표하다"] [data-action="word-remove"]').click();
    const after = await waitFor(async () => {
      const all = await stored();
      return all.savedWordsDamaged ? all : null;
    }, 'the damaged copy kept');
    expect(after.savedWordsDamaged).toBe(damaged);
    expect(JSON.parse(String(after.savedWords)).words).toEqual([]);
  });
});
