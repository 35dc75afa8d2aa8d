/**
 * One path, one answer: every shared corpus page (pages/ and pages-2016/, read in place,
 * skipped when ../shared is absent) and every team fixture is opened in a real browser under its own
 * address (host names mapped to the loopback server, testing/server.ts), the panel is opened through the
 * automation contract, and what it shows must equal what the CLI's pipeline (testing/load-page.ts +
 * lib/reader.ts in Node on jsdom, as `npm run reader -- extract`) reads from the same file:
 *
 * - the panel's rows (data-pair, data-kind, lang; README "Automation contract"): headline,
 *   subheadline, byline, body paragraphs, captions, in order, and which Korean and English
 *   paragraphs share a row (the alignment links, without their confidences);
 * - the reader's JSON computed in the page on its live document (e2e/parity-probe.ts) for what the
 *   rows do not show one by one: authors, published and updated times, language, isArticle.
 *
 * One browser for the file, the pages in sequence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { openPage, panelNotice, panelRows, type PanelRow } from '../testing/panel-read';
import { REPO_ROOT, startPageServer, type PageServer } from '../testing/server';
import { benchPages } from '../testing/bench-pages';
import { bundleProbe } from '../testing/bundle-probe';
import { loadPageBytes } from '../testing/load-page';
import { readArticle, type ReaderView } from '../lib/reader';
import type { ReaderDocument } from '../lib/types';

export type HostMapping = PageServer['hostMapping'];

type Row = PanelRow;

const cliRows = (view: ReaderView): Row[] => view.rows.map((row) => ({ kind: row.kind, ko: row.ko.map((t) => t.text.trim()), en: row.en.map((t) => t.text.trim()) }));

/** What the panel cannot show but the JSON says, compared apart (confidences left out). */
const facts = (doc: ReaderDocument) => ({
  isArticle: doc.isArticle,
  language: doc.language,
  site: doc.site,
  headline: doc.headline,
  subheadline: doc.subheadline,
  byline: doc.byline,
  englishSource: doc.englishSource,
  ko: doc.ko,
  en: doc.en,
  alignment: doc.alignment.map((link) => ({ ko: link.ko, en: link.en })),
});

export function parityScenarios(name: string, makeDriver: (mapping: HostMapping) => Promise<ReaderDriver>): void {
  const pages = benchPages(REPO_ROOT, path.resolve(REPO_ROOT, '../shared/corpus'));

  describe(`panel and CLI agree in ${name}`, () => {
    let driver: ReaderDriver;
    let server: PageServer;
    let probe: string;

    beforeAll(async () => {
      server = await startPageServer();
      probe = await bundleProbe(REPO_ROOT, 'e2e/parity-probe.ts');
      driver = await makeDriver(server.hostMapping);
    }, 120_000);

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const open = (address: string) => openPage(driver, address);

    it('has pages to compare', () => {
      expect(pages.length).toBeGreaterThan(40);
    });

    for (const page of pages) {
      it(page.name, async () => {
        const bytes = readFileSync(page.file);
        const cli = readArticle(loadPageBytes(bytes, page.url).document, { url: page.url });
        const address = server.routeUrl(page.url, bytes);
        await open(address);

        await driver.addScript(probe);
        const inPage = (await driver.inPage(() => (globalThis as unknown as { __hanyeongParity: () => unknown }).__hanyeongParity())) as ReaderDocument;
        expect(facts(inPage), 'the reader JSON on the live document').toEqual(facts(cli.document));

        const reply = await driver.send({ type: 'reader:open' });
        expect(reply.open).toBe(true);
        const expected = cli.document.isArticle ? cliRows(cli) : [];
        if (expected.length === 0) {
          await waitFor(() => driver.inPanel(panelNotice), 'the no-article notice');
          expect(await driver.inPanel(panelRows)).toEqual([]);
        } else {
          // Long articles render in slices: wait for the last row, then compare (a mismatch shows in the diff).
          await waitFor(async () => ((await driver.inPanel(panelRows)) ?? []).length >= expected.length, `${expected.length} rows`).catch(() => {});
          expect(await driver.inPanel(panelRows), 'the panel rows').toEqual(expected);
        }
        await driver.send({ type: 'reader:close' });
      });
    }
  });
}
