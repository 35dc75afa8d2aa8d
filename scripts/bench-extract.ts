/**
 * `npm run bench:extract [-- <dir>…] [--json]`: extraction quality and speed, ours against Mozilla
 * Readability on the same pages in the same run (Readability parses a clone of the same Document).
 *
 * Cases are folders with source.html + gold.json (the shared corpus) or expected.json (our
 * fixtures). Default: ../shared/corpus/pages and pages-2016 when present, plus tests/fixtures.
 * Body score: token F1/precision/recall against the gold paragraphs (testing/extract-score.ts).
 * "no adapter" runs ours with no site adapter: how the generic extractor does on the same pages,
 * the best stand-in here for sites no adapter knows and for adapters broken by a redesign.
 * Time: median of 5 runs per page after one warm-up, in Node on jsdom (browsers are faster).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseKoreanDate } from '../lib/extract/dates';
import { parseAuthors } from '../lib/extract/reporters';
import { extractArticle } from '../lib/extract';
import { loadPageFile } from '../testing/load-page';
import {
  authorsMatch,
  dateMatches,
  goldBody,
  headlineMatches,
  readGold,
  snippetsPass,
  tokenScore,
  type Gold,
  type TokenScore,
} from '../testing/extract-score';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;

interface SystemResult {
  score: TokenScore | null;
  snippets: boolean | null;
  headline: boolean;
  authors: boolean;
  date: boolean;
  isArticle: boolean;
  ms: number;
}

interface PageResult {
  name: string;
  gold: Gold;
  ours: SystemResult;
  /** Ours with no site adapter: what every site without one gets, and a redesigned site. */
  generic: SystemResult;
  readability: SystemResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(run: () => T): { value: T; ms: number } {
  let value = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  return { value, ms: median(times) };
}

function judge(gold: Gold, body: string, headline: string | null, authors: string[], published: string | null, isArticle: boolean, ms: number): SystemResult {
  const goldText = goldBody(gold);
  return {
    score: gold.isArticle && goldText !== null ? tokenScore(body, goldText) : null,
    snippets: gold.with ? snippetsPass(gold, body) : null,
    headline: headlineMatches(headline, gold.headline),
    authors: authorsMatch(authors, gold.authors),
    date: dateMatches(published, gold.published),
    isArticle,
    ms,
  };
}

function runCase(dir: string): PageResult {
  const gold = readGold(dir);
  const { document } = loadPageFile(path.join(dir, 'source.html'), gold.url);

  const ours = timed(() => extractArticle(document, gold.url));
  const body = ours.value.body.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
  const oursResult = judge(gold, body, ours.value.headline, ours.value.byline.authors, ours.value.byline.published, ours.value.isArticle, ours.ms);

  const bare = timed(() => extractArticle(document, gold.url, { adapters: [] }));
  const bareBody = bare.value.body.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
  const genericResult = judge(gold, bareBody, bare.value.headline, bare.value.byline.authors, bare.value.byline.published, bare.value.isArticle, bare.ms);

  const theirs = timed(() => new Readability(document.cloneNode(true) as Document).parse());
  const r = theirs.value;
  const rByline = r?.byline ?? '';
  const rAuthors = rByline ? (parseAuthors(rByline).length ? parseAuthors(rByline) : [rByline.trim()]) : [];
  const readabilityResult = judge(gold, r?.textContent ?? '', r?.title ?? null, rAuthors, parseKoreanDate(r?.publishedTime ?? null), r !== null, theirs.ms);

  return { name: path.basename(dir), gold, ours: oursResult, generic: genericResult, readability: readabilityResult };
}

function caseDirs(roots: string[]): string[] {
  const dirs: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = path.join(root, name);
      const hasGold = existsSync(path.join(dir, 'gold.json')) || existsSync(path.join(dir, 'expected.json'));
      if (existsSync(path.join(dir, 'source.html')) && hasGold) dirs.push(dir);
    }
  }
  return dirs;
}

interface Totals {
  pages: number;
  meanF1: number;
  meanPrecision: number;
  meanRecall: number;
  nearPerfect: number;
  snippets: string;
  headline: number;
  authors: number;
  date: number;
  nonArticlesCalledArticles: number;
  msMedian: number;
  msP95: number;
}

function totals(results: PageResult[], pick: (r: PageResult) => SystemResult): Totals {
  const articles = results.filter((r) => r.gold.isArticle);
  const scored = articles.map(pick).filter((s) => s.score !== null).map((s) => s.score as TokenScore);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
  const snippetPages = articles.map(pick).filter((s) => s.snippets !== null);
  const times = results.map((r) => pick(r).ms).sort((a, b) => a - b);
  return {
    pages: results.length,
    meanF1: mean(scored.map((s) => s.f1)),
    meanPrecision: mean(scored.map((s) => s.precision)),
    meanRecall: mean(scored.map((s) => s.recall)),
    nearPerfect: share(scored.map((s) => s.f1 >= 0.98)),
    snippets: `${snippetPages.filter((s) => s.snippets).length}/${snippetPages.length}`,
    headline: share(articles.filter((r) => r.gold.headline !== null).map((r) => pick(r).headline)),
    authors: share(articles.filter((r) => r.gold.authors !== null).map((r) => pick(r).authors)),
    date: share(articles.filter((r) => r.gold.published !== null).map((r) => pick(r).date)),
    nonArticlesCalledArticles: results.filter((r) => !r.gold.isArticle && pick(r).isArticle).length,
    msMedian: times.length ? times[Math.floor(times.length / 2)] : 0,
    msP95: times.length ? times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] : 0,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number | undefined) => (x === undefined ? '   -  ' : x.toFixed(3));
const mark = (ok: boolean) => (ok ? 'ok' : '--');

function printTable(results: PageResult[]): void {
  const line = (s: string) => process.stdout.write(`${s}\n`);
  line('page                              | ours: F1    P     R   head auth date  art    ms | no adapter: F1 | readability: F1    P     R   head auth date  art    ms');
  for (const r of results) {
    const cell = (s: SystemResult) => {
      const body = s.score ? `${num(s.score.f1)} ${num(s.score.precision)} ${num(s.score.recall)}` : s.snippets !== null ? `snippets ${s.snippets ? 'ok' : 'FAIL'}   ` : '   (non-article)   ';
      return `${body}  ${mark(s.headline)}   ${mark(s.authors)}   ${mark(s.date)}  ${String(s.isArticle).padEnd(5)} ${s.ms.toFixed(1).padStart(5)}`;
    };
    line(`${r.name.padEnd(33)} | ${cell(r.ours)} | ${(r.generic.score ? num(r.generic.score.f1) : '  -  ').padStart(14)} | ${cell(r.readability)}`);
  }
  for (const [label, pick] of [['ours', (r: PageResult) => r.ours], ['no adapter', (r: PageResult) => r.generic], ['readability', (r: PageResult) => r.readability]] as const) {
    const t = totals(results, pick);
    line(
      `TOTAL ${label.padEnd(11)} pages ${t.pages}  mean F1 ${num(t.meanF1)} (P ${num(t.meanPrecision)} R ${num(t.meanRecall)})  F1>=0.98 ${pct(t.nearPerfect)}  snippets ${t.snippets}  ` +
        `headline ${pct(t.headline)}  authors ${pct(t.authors)}  date ${pct(t.date)}  non-articles called articles ${t.nonArticlesCalledArticles}  ms p50 ${t.msMedian.toFixed(1)} p95 ${t.msP95.toFixed(1)}`,
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const roots = dirs.length
    ? dirs.map((d) => path.resolve(d))
    : [path.resolve(repoRoot, '../shared/corpus/pages'), path.resolve(repoRoot, '../shared/corpus/pages-2016'), path.resolve(repoRoot, 'tests/fixtures')];
  const cases = caseDirs(roots);
  if (cases.length === 0) {
    process.stderr.write(`bench:extract: no case folders (source.html + gold.json|expected.json) under ${roots.join(', ')}\n`);
    process.exit(1);
  }
  const results = cases.map(runCase);
  if (json) {
    const pages = results.map((r) => ({ name: r.name, ours: r.ours, generic: r.generic, readability: r.readability }));
    process.stdout.write(`${JSON.stringify({ pages, ours: totals(results, (r) => r.ours), generic: totals(results, (r) => r.generic), readability: totals(results, (r) => r.readability) }, null, 2)}\n`);
  } else {
    printTable(results);
  }
}

main();
