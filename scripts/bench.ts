/**
 * `npm run bench [-- --json] [-- --no-build]`: the performance figures, measured in real
 * Chromium (playwright-core + /usr/bin/chromium, as the end-to-end tests) on the live DOM.
 *
 * 1. Build the store extension (`wxt build`, into $HANYEONG_OUT or .output) unless --no-build;
 *    bundle sizes are its minified content scripts. The page figures run on a test build beside it
 *    (`<out>/bench-page`): the same code, whose panel has the open shadow root the probes read (the
 *    store build's is closed, SECURITY.md) and the test bridge, which nothing here calls.
 * 2. Serve the real pages (shared corpus + fixtures, testing/bench-pages.ts) on loopback; other
 *    hosts are refused, so nothing leaves the machine and no page waits on the network.
 * 3. On each page, inject scripts/bench/probe.ts and time detect, extract and Readability on the
 *    live document (per page: median of its runs; across pages: p50 and p95 of those medians).
 * 4. Align 200 × 200 paragraphs in the same browser (median of its runs).
 * 5. Open the panel on the seed article several times, and on a generated 3,000-paragraph
 *    article, timing toggle → first painted pair and counting long tasks (scripts/bench/open.ts).
 * 5b. Open the panel on a generated 100,000-paragraph Korean article under a DevTools-protocol trace
 *    and attribute every long task to the extension or to the page (scripts/bench/limits.ts).
 * 6. Translate a 20-paragraph Korean-only article with a loopback stand-in engine (LibreTranslate's
 *    wire format, TRANSLATE_DELAY_MS per request), timing toggle → first and last translated cell
 *    painted and counting long tasks while it translates (scripts/bench/translate.ts).
 * 7. Word mode, in Node (scripts/bench/words.ts): the analyser's load, one tap's p95 (sentence
 *    analysed, lemma looked up, English counterpart found) against a 90,000-entry index, and the size
 *    of word mode's chunk (lib/words, minified, raw and gzipped). `npm run bench -- --words` runs
 *    this step alone (no build, no browser).
 */
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../testing/chromium';
import { startPageServer } from '../testing/server';
import { sharedFolder } from '../testing/align-corpus';
import { checkBudgets, checkWordsBudgets, type BenchResult, type Percentiles } from './bench/budgets';
import { bundleProbe } from '../testing/bundle-probe';
import { koreanOnlyArticle, longBreaknewsArticle, sentencePairs } from '../testing/long-article';
import { measureOpen, type OpenRun } from './bench/open';
import { measureCycles } from '../testing/memory-cycles';
import { ATTRIBUTION_RULE, measureLimits, type LimitsRun } from './bench/limits';
import { longArticle } from '../testing/hostile-pages';
import { measureTranslation, type TranslateRun } from './bench/translate';
import { startEngineServer } from '../testing/engine-servers';
import { benchPages } from '../testing/bench-pages';
import type { PageTimings } from './bench/probe';
import { formatWordsBench, measureWords, type WordsBench } from './bench/words';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = sharedFolder(repoRoot);
const asJson = process.argv.includes('--json');
const build = !process.argv.includes('--no-build');
const wordsOnly = process.argv.includes('--words');
const outDir = path.resolve(repoRoot, process.env.HANYEONG_OUT ?? '.output');
const extensionDir = path.join(outDir, 'chrome-mv3');
const pageOutDir = path.join(outDir, 'bench-page');
const pageExtensionDir = path.join(pageOutDir, 'chrome-mv3');

const PAGE_RUNS = 15;
const PAGE_LOAD_GRACE_MS = 3000;
const ALIGN_RUNS = 9;
const SEED_OPENS = 10;
const LONG_OPENS = 3;
/** Open/close cycles for the memory figures (a leak once grew a page by ~470 DOM nodes a cycle). */
const MEMORY_CYCLES = 200;
const LONG_ARTICLE_PAIRS = 3000;
/** The page at the limit (testing/hostile-pages.ts longArticle, Korean only: it starts a translation too). */
const HUGE_ARTICLE_PARAGRAPHS = 100_000;
const TRANSLATE_RUNS = 7;
const TRANSLATE_PARAGRAPHS = 20;
/** The stand-in engine's delay per request: a fast service on a good connection. */
const TRANSLATE_DELAY_MS = 20;

/** Progress goes to stderr so `--json` prints one JSON object on stdout. */
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Nearest-rank percentile. */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const percentiles = (values: number[]): Percentiles => ({ p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)) });
const kilobytes = (file: string) => round(statSync(file).size / 1024);

/** Every script and style the manifest injects into every page. */
function everyPageFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  return (manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]);
}

/** Step 7 alone: `npm run bench -- --words [--json]`. */
async function wordsMain(): Promise<void> {
  const words = await measureWords();
  if (asJson) {
    console.log(JSON.stringify({ words }));
    return;
  }
  for (const line of formatWordsBench(words)) console.log(line);
  console.log('budgets:');
  for (const check of checkWordsBudgets(words)) console.log(`  ${check.pass ? 'pass' : 'FAIL'}  ${check.name.padEnd(28)} ${check.limit.padEnd(20)} ${check.measured}`);
}

async function main(): Promise<void> {
  // Word mode first, in Node, before the browser shares the machine's two cores.
  progress('word mode: analyser load, taps, chunk size');
  const words: WordsBench = await measureWords();
  if (build) {
    progress(`building the store extension into ${path.relative(repoRoot, outDir)}`);
    execSync('npx wxt build', { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HANYEONG_OUT: outDir } });
    progress(`building its open-root test twin into ${path.relative(repoRoot, pageOutDir)}`);
    execSync('npx wxt build', { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HANYEONG_OUT: pageOutDir, HANYEONG_TEST_HOOKS: '1' } });
  }
  const detectorFile = path.join(extensionDir, 'detector.js');
  const readerFile = path.join(extensionDir, 'reader.js');
  const everyPage = everyPageFiles();
  const everyPageKB = round(everyPage.reduce((total, file) => total + statSync(path.join(extensionDir, file)).size, 0) / 1024);

  const probe = await bundleProbe(repoRoot);
  const pages = benchPages(repoRoot, path.join(shared, 'corpus'));
  const server = await startPageServer();
  const engine = await startEngineServer('libretranslate', { reply: 'translate', delayMs: TRANSLATE_DELAY_MS });
  const allowed = new Set([server.origin, new URL(engine.url).origin]);
  const { context, worker, userDataDir } = await launchChromium(pageExtensionDir);
  await context.route('**/*', (route) => (allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort('blockedbyclient')));
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const browserName = `Chromium ${context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent))}`;

  try {
    const perPage: Array<{ name: string; timings: PageTimings }> = [];
    for (const benchPage of pages) {
      const url = server.route(`/bench/${benchPage.name}/`, readFileSync(benchPage.file), 'text/html');
      // Some saved pages never fire `load` once their other hosts are refused (kbsworld_english_article):
      // the DOM is complete at DOMContentLoaded; give `load` a moment, then measure either way.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForLoadState('load', { timeout: PAGE_LOAD_GRACE_MS }).catch(() => {});
      await page.addScriptTag({ content: probe });
      const timings = (await page.evaluate(
        `window.__hanyeongBench.timePage(${JSON.stringify(benchPage.url)}, ${PAGE_RUNS})`,
      )) as PageTimings;
      perPage.push({ name: benchPage.name, timings });
      progress(
        `${benchPage.name}: detect ${median(timings.detectMs).toFixed(2)} ms, extract ${median(timings.extractMs).toFixed(2)} ms, ` +
          `Readability ${median(timings.readabilityMs).toFixed(2)} ms (${timings.paragraphs} paragraphs)`,
      );
    }

    const pairs = sentencePairs(shared, 200);
    const alignTimes = (await page.evaluate(
      `window.__hanyeongBench.timeAlign(${JSON.stringify(pairs.ko)}, ${JSON.stringify(pairs.en)}, ${ALIGN_RUNS})`,
    )) as number[];

    const seedUrl = server.fixtureUrl('breaknews-seed');
    const longUrl = server.route('/bench/long-article/', longBreaknewsArticle(shared, LONG_ARTICLE_PAIRS));
    await measureOpen(page, worker, seedUrl); // warm-up: the browser's first extension injection
    const seedOpens: OpenRun[] = [];
    for (let run = 0; run < SEED_OPENS; run++) seedOpens.push(await measureOpen(page, worker, seedUrl));
    const longOpens: OpenRun[] = [];
    for (let run = 0; run < LONG_OPENS; run++) longOpens.push(await measureOpen(page, worker, longUrl));
    for (const [name, runs] of [['seed', seedOpens], ['3,000-paragraph article', longOpens]] as const) {
      for (const run of runs) {
        progress(
          `open ${name}: first pair ${run.firstPairMs.toFixed(1)} ms, all ${run.rows} pair elements ${run.allRowsMs.toFixed(0)} ms, ` +
            `long tasks ${run.longTasks.map((task) => `${task.duration.toFixed(0)} ms at +${task.start.toFixed(0)} ms`).join(', ') || 'none'}`,
        );
      }
    }

    // Pages at the limit: one open of a 100,000-paragraph article, traced.
    const huge: LimitsRun = await measureLimits(page, worker, server.route('/bench/huge-article/', longArticle(HUGE_ARTICLE_PARAGRAPHS)), HUGE_ARTICLE_PARAGRAPHS);
    progress(`open ${HUGE_ARTICLE_PARAGRAPHS}-paragraph article: first pair ${huge.firstPairMs.toFixed(0)} ms, ${huge.pairElements} pair elements at ${huge.allRowsMs.toFixed(0)} ms, ${huge.tasks.length} long tasks, ${huge.extensionLongTasks} the extension's`);

    // Memory: the panel opened and closed MEMORY_CYCLES times on the seed page.
    const memory = await measureCycles(page, worker, seedUrl, MEMORY_CYCLES);
    progress(`${memory.cycles} open/close cycles: nodes ${memory.before.nodes} → ${memory.after.nodes}, listeners ${memory.before.listeners} → ${memory.after.listeners}, heap ${memory.before.heapMB.toFixed(1)} → ${memory.after.heapMB.toFixed(1)} MB`);

    // Translation, last: it changes the settings (the engine) for the rest of this profile.
    await worker.evaluate(
      (endpoint) => chrome.storage.sync.set({ settings: { engine: 'libretranslate', engines: { libretranslate: { engine: 'libretranslate', endpoint } } } }),
      engine.url,
    );
    const koreanText = sentencePairs(shared, TRANSLATE_PARAGRAPHS).ko;
    const translateRuns: TranslateRun[] = [];
    // The first run is a warm-up (the engine's first connection); each run's text is its own, so no cache answers.
    for (let run = 0; run <= TRANSLATE_RUNS; run++) {
      const url = server.route(`/bench/translate-${run}/`, koreanOnlyArticle(`대전시 번역 시험 ${run}`, koreanText.map((text, i) => `${text} (${run}-${i + 1})`)));
      const measured = await measureTranslation(page, worker, url);
      if (run > 0) translateRuns.push(measured);
      progress(
        `translate ${measured.cells} cells${run === 0 ? ' (warm-up)' : ''}: first ${measured.firstCellMs.toFixed(0)} ms, last ${measured.lastCellMs.toFixed(0)} ms, ` +
          `long tasks ${measured.longTasks.map((task) => `${task.duration.toFixed(0)} ms at +${task.start.toFixed(0)} ms`).join(', ') || 'none'}`,
      );
    }

    const result: BenchResult = {
      browser: browserName,
      pages: perPage.length,
      bundle: { detectorKB: kilobytes(detectorFile), readerKB: kilobytes(readerFile) },
      detectMs: percentiles(perPage.map((entry) => median(entry.timings.detectMs))),
      extractMs: percentiles(perPage.map((entry) => median(entry.timings.extractMs))),
      readabilityMs: percentiles(perPage.map((entry) => median(entry.timings.readabilityMs))),
      alignMs200: round(median(alignTimes)),
      panelOpenMs: percentiles(seedOpens.map((run) => run.firstPairMs)),
      longTasksDuringOpen: [...seedOpens, ...longOpens].reduce((total, run) => total + run.longTasks.length, 0),
      memory,
      limits: {
        paragraphs: huge.paragraphs,
        firstPairMs: round(huge.firstPairMs),
        allRowsMs: round(huge.allRowsMs),
        pairElements: huge.pairElements,
        extensionLongTasks: huge.extensionLongTasks,
        pageLongTasks: huge.tasks.length - huge.extensionLongTasks,
        longestExtensionMs: round(Math.max(0, ...huge.tasks.filter((task) => task.owner !== 'page').map((task) => task.duration))),
      },
      translate: {
        paragraphs: TRANSLATE_PARAGRAPHS,
        engineDelayMs: TRANSLATE_DELAY_MS,
        requests: engine.requests.length,
        firstCellMs: percentiles(translateRuns.map((run) => run.firstCellMs)),
        lastCellMs: percentiles(translateRuns.map((run) => run.lastCellMs)),
        longTasks: translateRuns.reduce((total, run) => total + run.longTasks.length, 0),
      },
      words,
    };

    if (asJson) {
      console.log(JSON.stringify(result));
      return;
    }
    const longest = (runs: Array<{ longTasks: OpenRun['longTasks'] }>) => Math.max(0, ...runs.flatMap((run) => run.longTasks.map((task) => task.duration)));
    console.log(`${result.browser}, ${result.pages} pages (${pages.map((entry) => entry.name).join(', ')})`);
    console.log(`every page: ${everyPage.join(', ')} = ${everyPageKB} KB; reader.js ${result.bundle.readerKB} KB (minified, not gzipped)`);
    console.log(`per page, median of ${PAGE_RUNS} runs (ms per call):`);
    console.log(`  ${'page'.padEnd(40)} ${'detect'.padStart(8)} ${'extract'.padStart(8)} ${'Readab.'.padStart(8)}  paragraphs`);
    for (const { name, timings } of perPage) {
      const cell = (values: number[]) => median(values).toFixed(3).padStart(8);
      console.log(`  ${name.padEnd(40)} ${cell(timings.detectMs)} ${cell(timings.extractMs)} ${cell(timings.readabilityMs)}  ${timings.paragraphs}`);
    }
    console.log(`across pages: detect p50 ${result.detectMs.p50} / p95 ${result.detectMs.p95} ms; extract p50 ${result.extractMs.p50} / p95 ${result.extractMs.p95} ms; Readability p50 ${result.readabilityMs.p50} / p95 ${result.readabilityMs.p95} ms`);
    console.log(`align 200 × 200 paragraphs (in Chromium): ${result.alignMs200} ms (median of ${ALIGN_RUNS})`);
    console.log(`panel open on the seed, toggle → first painted pair: p50 ${result.panelOpenMs.p50} / p95 ${result.panelOpenMs.p95} ms (${SEED_OPENS} runs)`);
    console.log(
      `3,000-paragraph article (${LONG_ARTICLE_PAIRS} Korean + ${LONG_ARTICLE_PAIRS} English): first pair ${longOpens.map((run) => run.firstPairMs.toFixed(0)).join(' / ')} ms, ` +
        `all rows ${longOpens.map((run) => run.allRowsMs.toFixed(0)).join(' / ')} ms, longest task ${longest(longOpens).toFixed(0)} ms`,
    );
    console.log(`long tasks while opening: ${result.longTasksDuringOpen} (seed: longest ${longest(seedOpens).toFixed(0)} ms)`);
    console.log(
      `${HUGE_ARTICLE_PARAGRAPHS.toLocaleString('en')}-paragraph Korean article (traced): first pair ${huge.firstPairMs.toFixed(0)} ms, ${huge.pairElements} pair elements by ${huge.allRowsMs.toFixed(0)} ms; ` +
        `limits line: ${JSON.stringify(huge.limits)}; long tasks ${huge.tasks.length}, the extension's ${huge.extensionLongTasks}`,
    );
    console.log(ATTRIBUTION_RULE.replace(/^/gm, '  '));
    for (const task of huge.tasks) {
      const f = (value: number) => value.toFixed(0);
      console.log(
        `  +${f(task.start)} ms ${f(task.duration)} ms ${task.owner.padEnd(19)} extension ${f(task.extensionMs)} ms (script ${f(task.scriptMs)}${task.functions.length ? ` [${task.functions.join(', ')}]` : ''}, GC ${f(task.gcMs)}, style ${f(task.styleMs)}, panel layout ${f(task.panelLayoutMs)}, panel paint ${f(task.panelPaintMs)}); ` +
          `page: layout ${f(task.pageLayoutMs)}, paint+pre-paint ${f(task.pagePaintMs)}`,
      );
    }
    console.log(
      `${memory.cycles} open/close cycles on the seed, after a forced GC: DOM nodes ${memory.before.nodes} → ${memory.after.nodes}, ` +
        `event listeners ${memory.before.listeners} → ${memory.after.listeners}, JS heap ${memory.before.heapMB.toFixed(2)} → ${memory.after.heapMB.toFixed(2)} MB`,
    );
    console.log(
      `translate a ${TRANSLATE_PARAGRAPHS}-paragraph Korean-only article (headline + body, ${translateRuns[0]?.cells ?? 0} cells), stand-in LibreTranslate on loopback with ${TRANSLATE_DELAY_MS} ms per request ` +
        `(${result.translate.requests} requests in ${TRANSLATE_RUNS + 1} runs; LibreTranslate takes 25 paragraphs a request), toggle → translated cell painted: ` +
        `first p50 ${result.translate.firstCellMs.p50} / p95 ${result.translate.firstCellMs.p95} ms, last p50 ${result.translate.lastCellMs.p50} / p95 ${result.translate.lastCellMs.p95} ms (${TRANSLATE_RUNS} runs); ` +
        `long tasks while translating: ${result.translate.longTasks} (longest ${longest(translateRuns).toFixed(0)} ms)`,
    );
    for (const line of formatWordsBench(words)) console.log(line);
    console.log('budgets:');
    for (const check of checkBudgets(result, everyPageKB)) {
      console.log(`  ${check.pass ? 'pass' : 'FAIL'}  ${check.name.padEnd(28)} ${check.limit.padEnd(20)} ${check.measured}`);
    }
  } finally {
    await context.close();
    await server.close();
    await engine.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

await (wordsOnly ? wordsMain() : main());
