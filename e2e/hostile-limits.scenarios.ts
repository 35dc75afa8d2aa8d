/**
 * Pages at the limit, run unchanged in Chromium and Firefox through the
 * ReaderDriver. A 100,000-paragraph article opens, read from a bounded copy of the page
 * (lib/snapshot.ts) with at most ROWS_SHOWN_AT_ONCE rows in the panel, and the panel says both;
 * export carries everything read, more than the rows shown; the translation of a Korean-only
 * article covers the rows shown. A page that rewrites its article every 50 ms still opens its
 * article, read from one state of the page. How long any of it takes is `npm run bench`'s.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './session';
import { waitFor, type ReaderDriver } from '../testing/driver';
import type { PageServer } from '../testing/server';
import { ARTICLE_PARAGRAPHS, longArticle, rewritingArticle } from '../testing/hostile-pages';
import { ROWS_SHOWN_AT_ONCE } from '../components/ReaderPanel';
import { SNAPSHOT_CUT_ELEMENTS } from '../lib/snapshot';

export function hostileLimitScenarios(name: string, makeDriver: () => Promise<ReaderDriver>): void {
  describe(`pages at the limit in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    const panelHosts = () => driver.inPage(() => document.querySelectorAll('[data-hanyeong-reader]').length);
    /** The panel's body rows: their numbers ("17. …" → 17) in order, and the limits line. */
    const panelRows = () =>
      driver.inPanel((root) => {
        const numbers = Array.from(root?.querySelectorAll('.row [data-pair][lang="ko"][data-kind="body"]') ?? [], (el) => Number(/^(\d+)\. /.exec(el.textContent ?? '')?.[1] ?? -1));
        const limits = root?.querySelector('.limits');
        return {
          rows: root?.querySelectorAll('.row').length ?? 0,
          numbers,
          notice: root?.querySelector('.notice-title')?.textContent ?? null,
          limits: limits ? { kind: limits.getAttribute('data-limits'), text: limits.textContent ?? '' } : null,
          translatedCells: root?.querySelectorAll('[data-state]').length ?? 0,
          more: root?.querySelector('[data-action="show-more-rows"]')?.textContent ?? null,
        };
      });
    const close = async () => {
      expect(await driver.send({ type: 'reader:close' })).toEqual({ open: false });
      expect(await panelHosts()).toBe(0);
    };

    browserSession(makeDriver, (started, pages) => {
      driver = started;
      server = pages;
    });

    it('opens a 100,000-paragraph article from a bounded copy, with the rows capped, and says both', async () => {
      await driver.goto(server.route('/news/huge/20250603010', longArticle(100_000)));
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      // The rows arrive a slice per task: wait until the first ROWS_SHOWN_AT_ONCE are in.
      const shown = await waitFor(() => panelRows().then((seen) => (seen.rows >= ROWS_SHOWN_AT_ONCE ? seen : null)), 'the first rows', 120_000);
      expect(shown.notice).toBeNull();
      expect(shown.rows).toBe(ROWS_SHOWN_AT_ONCE);
      // Headline and byline, then the body from its first paragraph, in order.
      expect(shown.numbers.slice(0, 3)).toEqual([1, 2, 3]);
      expect(shown.numbers.at(-1)).toBe(ROWS_SHOWN_AT_ONCE - 2);
      // The copy was cut at SNAPSHOT_CUT_ELEMENTS elements, and the panel says how far it read and how much it shows.
      expect(shown.limits?.kind).toBe('cut');
      const read = SNAPSHOT_CUT_ELEMENTS - 20;
      expect(shown.limits?.text).toMatch(/too long to read whole/);
      expect(shown.limits?.text).toMatch(new RegExp(`Showing the first ${ROWS_SHOWN_AT_ONCE.toLocaleString('en')} of`));
      // As many pairs as the copy held: fewer than the page's 100,000 paragraphs, more than are shown.
      const total = Number(/of ([\d,]+) pairs/.exec(shown.limits?.text ?? '')?.[1].replace(/,/g, ''));
      expect(total).toBeGreaterThan(ROWS_SHOWN_AT_ONCE);
      expect(total).toBeLessThan(100_000);
      const next = Math.min(total, 2 * ROWS_SHOWN_AT_ONCE);
      expect(shown.more).toBe(`Show ${(next - ROWS_SHOWN_AT_ONCE).toLocaleString('en')} more`);
      // The Korean-only article's translation covers the rows shown, not the 100,000 paragraphs.
      expect(shown.translatedCells).toBeLessThanOrEqual(ROWS_SHOWN_AT_ONCE);

      // j/k stop at the last row shown; "Show more" adds the next rows.
      const last = ROWS_SHOWN_AT_ONCE - 1;
      await driver.focus(`[data-pair="${last - 1}"][lang="ko"]`);
      await driver.press('j');
      await driver.press('j');
      const active = () => driver.inPanel((root) => Array.from(root?.querySelectorAll('[data-active]') ?? [], (el) => el.getAttribute('data-pair')));
      await waitFor(() => active().then((rows) => rows.length > 0 && rows.every((row) => row === String(last))), 'the last row shown to be active');
      await driver.click('[data-action="show-more-rows"]');
      const more = await waitFor(() => panelRows().then((seen) => (seen.rows >= next ? seen : null)), 'the next rows', 120_000);
      expect(more.numbers.at(-1)).toBe(next - 2);

      // Export carries everything read, beyond the rows shown, and nothing the copy left out.
      const exported = (await driver.download('[data-action="export-text"]')).text;
      expect(exported).toContain(`${read - 1000}. `);
      expect(exported).not.toContain('\n50000. ');
      await close();
    }, 300_000);

    it('copies a page it cuts without running or loading anything of it', async () => {
      // Over the whole-page limit, so the copy is cut; the article's live image fails to load once, on the page's load.
      const html = longArticle(30_000).replace('<div class="article-body">', '<div class="article-body"><p>사진 <img src="/missing.png" onerror="window.__liveOnLoad=(window.__liveOnLoad||0)+1"></p>');
      await driver.goto(server.route('/news/cut/20250603014', html));
      await waitFor(() => driver.inPage(() => (window as Window & { __liveOnLoad?: number }).__liveOnLoad === 1), "the page's own image error");
      const requests = () => server.requests.filter((path) => path === '/missing.png').length;
      const before = requests();
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      await waitFor(() => panelRows().then((seen) => (seen.limits?.kind === 'cut' && seen.rows > 100 ? seen : null)), 'the cut copy read', 60_000);
      await new Promise((r) => setTimeout(r, 500));
      expect(await driver.inPage(() => (window as Window & { __liveOnLoad?: number }).__liveOnLoad)).toBe(1);
      expect(requests()).toBe(before);
      await close();
    }, 120_000);

    it('shows a 3,000-paragraph article whole, with no limits line', async () => {
      await driver.goto(server.route('/news/long/20250603011', longArticle(3000)));
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      const seen = await waitFor(() => panelRows().then((rows) => (rows.numbers.length >= 3000 ? rows : null)), 'all 3,000 paragraphs', 60_000);
      expect(seen.numbers.at(-1)).toBe(3000);
      expect(seen.limits).toBeNull();
      await close();
    }, 120_000);

    it('opens the article of a page that empties and refills it every 50 ms', async () => {
      await driver.goto(server.route('/news/refill/20250603012', rewritingArticle(40, 'refill')));
      // The body is empty 40 ms of every 50: a read of whatever is there finds no article four times in five.
      for (let attempt = 0; attempt < 4; attempt++) {
        expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
        const seen = await waitFor(() => panelRows().then((rows) => (rows.notice !== null || rows.numbers.length >= 40 ? rows : null)), 'the article or the notice', 30_000);
        expect(seen.notice, `open ${attempt + 1}`).toBeNull();
        expect(seen.numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
        await close();
      }
    }, 120_000);

    it('reads a page that replaces its article every 50 ms from one state of it', async () => {
      await driver.goto(server.route('/news/replace/20250603013', rewritingArticle(3000, 'replace')));
      expect((await driver.send({ type: 'reader:open' })).open).toBe(true);
      const texts = await waitFor(
        () => driver.inPanel((root) => Array.from(root?.querySelectorAll('[data-pair][lang="ko"][data-kind="body"]') ?? [], (el) => el.textContent ?? '')).then((all) => (all.length >= 3000 ? all : null)),
        'all 3,000 paragraphs',
        60_000,
      );
      const stamps = new Set(texts.map((text) => /^v(\d+) /.exec(text)?.[1]));
      expect(stamps.size).toBe(1);
      expect(texts.at(-1)).toContain(`3000. ${ARTICLE_PARAGRAPHS[(3000 - 1) % ARTICLE_PARAGRAPHS.length]}`);
      await close();
    }, 120_000);
  });
}
