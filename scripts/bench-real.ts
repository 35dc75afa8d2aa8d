/**
 * `npm run bench:real [-- --chromium | --firefox] [-- --json] [-- --no-build]`: the extension in real
 * browsers on every page of ../shared/corpus/pages and pages-2016 (skipped cleanly when ../shared
 * is absent), each served as saved under its own address (host names mapped to a loopback server,
 * testing/server.ts), the panel opened through the automation contract and its rows read back
 * (testing/panel-read.ts). Chromium and Firefox by default, one browser session each, pages in sequence.
 *
 * Per page and in total, scored like scripts/bench-extract.ts (testing/extract-score.ts):
 * - opened: the panel shows rows (a list, portal or search page must not);
 * - body F1: token F1 of the body rows (captions are shown apart by design) against the gold
 *   paragraphs; the English-language page is judged by its snippets;
 * - headline exact; every gold reporter named in the byline row;
 * - junk rows (body rows found in no gold paragraph), missing paragraphs (gold paragraphs in no
 *   body row); time from reader:open to the first row;
 * - Mozilla Readability on the same live page in the same run (body F1, headline exact).
 * The test build is used (`npm run build:test`): Firefox's BiDi reaches the content script only
 * through its page-event bridge.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumDriver } from '../testing/chromium';
import { firefoxDriver } from '../testing/firefox';
import { waitFor, type ReaderDriver } from '../testing/driver';
import { openPage, panelNotice, panelRows, type PanelRow } from '../testing/panel-read';
import { startPageServer, type PageServer } from '../testing/server';
import { normalizeText } from '../lib/extract/text';
import { bundleProbe } from '../testing/bundle-probe';
import { benchPages } from '../testing/bench-pages';
import { goldBody, headlineMatches, readGold, snippetsPass, tokenScore, type Gold } from '../testing/extract-score';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const browsers = args.includes('--chromium') && !args.includes('--firefox') ? ['chromium'] : args.includes('--firefox') && !args.includes('--chromium') ? ['firefox'] : ['chromium', 'firefox'];
const progress = (line: string) => process.stderr.write(`bench:real: ${line}\n`);

/** How long the panel may take to show its first row or its notice, and to finish rendering. */
const OPEN_TIMEOUT_MS = 15_000;
const NEAR_PERFECT = 0.98;

interface PageScore {
  name: string;
  isArticle: boolean;
  opened: boolean;
  f1: number | null;
  snippets: boolean | null;
  headline: boolean;
  reporters: boolean;
  junkRows: number;
  missingParagraphs: number;
  firstRowMs: number | null;
  readability: { f1: number | null; snippets: boolean | null; headline: boolean; opened: boolean };
}

const norm = (text: string) => normalizeText(text).replace(/\s+/g, ' ');

function score(name: string, gold: Gold, rows: PanelRow[], firstRowMs: number | null, readability: { title: string | null; text: string } | null): PageScore {
  const lang: 'ko' | 'en' = name.includes('kbsworld') ? 'en' : 'ko';
  const bodyRows = rows.filter((r) => r.kind === 'body').flatMap((r) => r[lang]);
  const body = bodyRows.join('\n');
  const headline = rows.find((r) => r.kind === 'headline')?.[lang][0] ?? null;
  const byline = rows.filter((r) => r.kind === 'byline').flatMap((r) => r.ko.concat(r.en)).join(' ');
  const gb = goldBody(gold);
  const goldParagraphs = (gold.paragraphs ?? []).map(norm);
  const goldFlat = norm(gb ?? '');
  const shownFlat = norm(body);
  return {
    name,
    isArticle: gold.isArticle,
    opened: rows.length > 0,
    f1: gold.isArticle && gb !== null ? tokenScore(body, gb).f1 : null,
    snippets: gold.with ? snippetsPass(gold, body) : null,
    headline: gold.isArticle ? headlineMatches(headline, gold.headline) : true,
    reporters: (gold.authors ?? []).every((name) => byline.includes(name)),
    junkRows: gb === null ? 0 : bodyRows.filter((t) => !goldFlat.includes(norm(t))).length,
    missingParagraphs: goldParagraphs.filter((p) => !shownFlat.includes(p)).length,
    firstRowMs,
    readability: {
      opened: readability !== null,
      f1: gold.isArticle && gb !== null ? tokenScore(readability?.text ?? '', gb).f1 : null,
      snippets: gold.with ? snippetsPass(gold, readability?.text ?? '') : null,
      headline: gold.isArticle ? headlineMatches(readability?.title ?? null, gold.headline) : true,
    },
  };
}

async function measurePage(driver: ReaderDriver, server: PageServer, probe: string, page: { name: string; file: string; url: string }): Promise<PageScore> {
  const gold = readGold(path.dirname(page.file));
  const address = server.routeUrl(page.url, readFileSync(page.file));
  await openPage(driver, address);
  await driver.addScript(probe);
  const readability = (await driver.inPage(() => (globalThis as unknown as { __hanyeongReadability: () => unknown }).__hanyeongReadability())) as { title: string | null; text: string } | null;
  const start = Date.now();
  await driver.send({ type: 'reader:open' });
  const first = await waitFor(async () => ((await driver.inPanel(panelRows)) ?? []).length > 0 || (await driver.inPanel(panelNotice)), 'the first row or the notice', OPEN_TIMEOUT_MS).catch(() => false);
  const firstRowMs = first && !(await driver.inPanel(panelNotice)) ? Date.now() - start : null;
  // Long articles render in slices: wait until the row count holds still.
  let rows: PanelRow[] = (await driver.inPanel(panelRows)) ?? [];
  for (let stable = 0; stable < 3 && firstRowMs !== null; ) {
    await new Promise((r) => setTimeout(r, 150));
    const next = (await driver.inPanel(panelRows)) ?? [];
    stable = next.length === rows.length ? stable + 1 : 0;
    rows = next;
  }
  await driver.send({ type: 'reader:close' });
  return score(page.name, gold, rows, firstRowMs, readability);
}

interface Totals {
  browser: string;
  pages: number;
  articles: number;
  articlesOpened: number;
  negativesOpened: number;
  meanF1: number;
  nearPerfect: number;
  snippets: string;
  headline: number;
  reporters: number;
  junkRows: number;
  missingParagraphs: number;
  firstRowMsP50: number | null;
  readability: { meanF1: number; nearPerfect: number; headline: number; negativesOpened: number };
}

function totals(browser: string, pages: PageScore[]): Totals {
  const articles = pages.filter((p) => p.isArticle);
  const scored = articles.filter((p) => p.f1 !== null);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
  const times = pages.map((p) => p.firstRowMs).filter((t): t is number => t !== null).sort((a, b) => a - b);
  const snippetPages = articles.filter((p) => p.snippets !== null);
  return {
    browser,
    pages: pages.length,
    articles: articles.length,
    articlesOpened: articles.filter((p) => p.opened).length,
    negativesOpened: pages.filter((p) => !p.isArticle && p.opened).length,
    meanF1: mean(scored.map((p) => p.f1 as number)),
    nearPerfect: share(scored.map((p) => (p.f1 as number) >= NEAR_PERFECT)),
    snippets: `${snippetPages.filter((p) => p.snippets).length}/${snippetPages.length}`,
    headline: share(articles.map((p) => p.headline)),
    reporters: share(articles.map((p) => p.reporters)),
    junkRows: pages.reduce((a, p) => a + p.junkRows, 0),
    missingParagraphs: pages.reduce((a, p) => a + p.missingParagraphs, 0),
    firstRowMsP50: times.length ? times[Math.floor((times.length - 1) / 2)] : null,
    readability: {
      meanF1: mean(scored.map((p) => p.readability.f1 as number)),
      nearPerfect: share(scored.map((p) => (p.readability.f1 as number) >= NEAR_PERFECT)),
      headline: share(articles.map((p) => p.readability.headline)),
      negativesOpened: pages.filter((p) => !p.isArticle && p.readability.opened).length,
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

function printBrowser(t: Totals, pages: PageScore[]): void {
  const line = (s: string) => process.stdout.write(`${s}\n`);
  line(`\n${t.browser}`);
  line('page                                          opened  F1     head  reporters junk missing first-row | Readability F1  head');
  for (const p of pages) {
    const body = p.f1 !== null ? f3(p.f1) : p.snippets !== null ? (p.snippets ? 'snip ok' : 'snip --') : '  (neg)';
    const rBody = p.readability.f1 !== null ? f3(p.readability.f1) : p.readability.snippets !== null ? (p.readability.snippets ? 'snip ok' : 'snip --') : '  (neg)';
    line(
      `${p.name.padEnd(45)} ${String(p.opened).padEnd(6)}  ${body.padEnd(6)} ${p.headline ? 'ok' : '--'}    ${p.reporters ? 'ok' : '--'}        ${String(p.junkRows).padStart(3)}  ${String(p.missingParagraphs).padStart(5)}   ${p.firstRowMs === null ? '    -' : `${p.firstRowMs}ms`.padStart(6)} | ${rBody.padEnd(14)} ${p.readability.headline ? 'ok' : '--'}`,
    );
  }
  line(
    `TOTAL ${t.browser}: pages ${t.pages}, Korean/English articles opened ${t.articlesOpened}/${t.articles}, list/portal pages opened ${t.negativesOpened}, ` +
      `mean body F1 ${f3(t.meanF1)}, F1>=0.98 ${pct(t.nearPerfect)}, snippets ${t.snippets}, headline exact ${pct(t.headline)}, gold reporters in the byline row ${pct(t.reporters)}, ` +
      `junk rows ${t.junkRows}, missing paragraphs ${t.missingParagraphs}, first row p50 ${t.firstRowMsP50 ?? '-'} ms`,
  );
  line(
    `TOTAL ${t.browser} Readability (same pages, same run): mean body F1 ${f3(t.readability.meanF1)}, F1>=0.98 ${pct(t.readability.nearPerfect)}, headline exact ${pct(t.readability.headline)}, list/portal pages parsed as articles ${t.readability.negativesOpened}`,
  );
}

async function main(): Promise<void> {
  const pages = benchPages(repoRoot, corpus).filter((p) => p.name.startsWith('corpus'));
  if (!existsSync(corpus) || pages.length === 0) {
    progress(`no shared corpus at ${corpus}: nothing to measure (skipped)`);
    if (asJson) process.stdout.write(`${JSON.stringify({ skipped: true })}\n`);
    return;
  }
  if (!args.includes('--no-build')) {
    progress('building the test packages (npm run build:test)');
    execSync('npm run --silent build:test', { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const probe = await bundleProbe(repoRoot, 'scripts/bench/real-probe.ts');
  const results: { totals: Totals; pages: PageScore[] }[] = [];
  for (const browser of browsers) {
    const server = await startPageServer();
    const driver = browser === 'chromium' ? await chromiumDriver(server.hostMapping.chromiumArgs) : await firefoxDriver(server.hostMapping.firefoxPrefs);
    const scores: PageScore[] = [];
    try {
      for (const page of pages) {
        progress(`${browser}: ${page.name}`);
        scores.push(await measurePage(driver, server, probe, page));
      }
    } finally {
      await driver.close();
      await server.close();
    }
    results.push({ totals: totals(browser, scores), pages: scores });
  }
  if (asJson) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) printBrowser(r.totals, r.pages);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:real: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
