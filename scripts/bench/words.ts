/**
 * Word mode's lookup cost, with no browser: the analyser's load (its first import and first
 * sentence), the dictionary index built from a synthetic kengdic-shaped TSV of 90,000 entries
 * (kengdic itself cannot be downloaded on the team's machines, and is never committed) with the
 * team's test dictionary appended (so that lookups find real glosses), and the p95 of one tap's
 * work: the tapped word's sentence analysed (analyseSentence), its lemma looked up, and its English
 * counterpart found (findCounterpart) in the linked sentence, for every word of the counterpart
 * gold set's sentence pairs (tests/fixtures/words/counterpart-gold.json), each tap's figure the
 * median of its runs. Also: analyseWord + lookup alone over
 * the seed article's words, random entries and misses, and the size of word mode's chunk
 * (lib/words/index.ts bundled and minified as the panel would load it, raw and gzipped).
 * Budget (word mode's issue): a tap ≤ 10 ms p95 after load.
 *
 * `measureWords()` is for `npm run bench` (and `npm run bench -- --words`); `npx tsx
 * scripts/bench/words.ts` prints the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chunkSize } from '../../testing/bundle-probe';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SYNTHETIC_ENTRIES = 90_000;
export const LOOKUP_BUDGET_MS = 10;
const INDEX_BUILDS = 5;
/** Runs of each tap (every word of the gold pairs): its figure is their median. */
const TAP_RUNS = 7;
/** Word mode's chunk: what `import('../lib/words')` loads. */
export const WORDS_ENTRY = 'lib/words/index.ts';

export interface WordsBench {
  /** First import of lib/words plus its first analysed sentence (the tables built). */
  analyserLoadMs: number;
  tsvBytes: number;
  rows: number;
  /** After merging rows of one surface and hanja. */
  entries: number;
  indexBuildMs: number;
  lookups: number;
  /** One tap after load: analyseSentence of its sentence + lookup of its lemma + findCounterpart; per tap the median of its runs. */
  taps: number;
  tapRuns: number;
  tapMs: { p50: number; p95: number; max: number };
  /** p95 of every run of every tap, scheduling noise included. */
  tapAllRunsP95: number;
  /** findCounterpart alone, in those taps. */
  counterpartMs: { p50: number; p95: number };
  /** analyseWord + lookup for one word (no sentence, no counterpart). */
  wordMs: { p50: number; p95: number; max: number };
  /** lookup alone. */
  lookupMs: { p50: number; p95: number };
  /** lib/words/index.ts as one minified ES module. */
  bundle: { bytes: number; gzipBytes: number };
  pass: boolean;
}

/** A deterministic xorshift, so every run measures the same file. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const HANJA = '政策發表研究員地方自治大會市廳參加推進協議會交流戰略部署革新行政';

/** kengdic's layout (id, surface, hanja, gloss, level, created, source), made-up words of 2–5 syllables (random one-syllable words would mostly collide). */
export function syntheticKengdic(entries = SYNTHETIC_ENTRIES, seed = 7): { text: string; surfaces: string[] } {
  const next = random(seed);
  const lines = ['id\tsurface\thanja\tgloss\tlevel\tcreated\tsource'];
  const surfaces: string[] = [];
  for (let id = 1; id <= entries; id++) {
    const syllables = 2 + Math.floor(next() * 4);
    let surface = '';
    for (let s = 0; s < syllables; s++) surface += String.fromCharCode(0xac00 + Math.floor(next() * 11172));
    if (next() < 0.15) surface += next() < 0.5 ? '하다' : '되다';
    const hanja = next() < 0.4 ? Array.from({ length: syllables }, () => HANJA[Math.floor(next() * HANJA.length)]).join('') : '';
    const gloss = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => `sense ${i + 1} of entry ${id}`).join('; ');
    lines.push(`${id}\t${surface}\t${hanja}\t${gloss}\t${next() < 0.1 ? 'A' : ''}\t2009-01-01 20:23:14\tsynthetic@bench:${id}`);
    surfaces.push(surface);
  }
  return { text: lines.join('\n') + '\n', surfaces };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export async function measureWords(): Promise<WordsBench> {
  // The seed article's Korean paragraphs, as the extractor reads them (its committed fixture).
  const seed = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/breaknews-seed/expected.json'), 'utf8')) as { ko: { paragraphs: string[] } };
  const sentences = seed.ko.paragraphs;

  const loadStart = performance.now();
  const words = await import('../../lib/words');
  words.analyseSentence(sentences[0] ?? '정용래 유성구청장은 우수정책을 발표했다.');
  const analyserLoadMs = performance.now() - loadStart;

  const { parseKengdic } = await import('../../lib/words/dictionary');
  const { text: synthetic, surfaces } = syntheticKengdic();
  // The team's rows after the synthetic ones (header dropped): real glosses for the gold sentences' words.
  const team = readFileSync(path.join(repoRoot, 'tests/fixtures/words/dictionary.tsv'), 'utf8');
  const text = synthetic + team.slice(team.indexOf('\n') + 1);
  // Median of a few builds: the machine is shared, one build can meet another process's burst.
  const builds: number[] = [];
  let index = parseKengdic(text);
  for (let run = 0; run < INDEX_BUILDS; run++) {
    const buildStart = performance.now();
    index = parseKengdic(text);
    builds.push(performance.now() - buildStart);
  }
  const indexBuildMs = [...builds].sort((a, b) => a - b)[Math.floor(INDEX_BUILDS / 2)]!;
  const lookupOf = (lemma: string) => index.lookup(lemma);

  const next = random(11);
  const seedWords = sentences.flatMap((line) => line.split(/\s+/)).filter((word) => /[가-힣]/.test(word));
  const queries: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const pick = next();
    if (pick < 0.5 && seedWords.length) queries.push(seedWords[Math.floor(next() * seedWords.length)]!);
    else if (pick < 0.9) queries.push(surfaces[Math.floor(next() * surfaces.length)]!);
    else queries.push(`없는말${i}`);
  }
  const word: number[] = [];
  const lookup: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    const { lemma } = words.analyseWord(query);
    const middle = performance.now();
    index.lookup(lemma);
    const end = performance.now();
    word.push(end - start);
    lookup.push(end - middle);
  }

  // Taps on every word of the gold set's sentence pairs, each run TAP_RUNS times: per tap the median
  // of its runs (as the page figures take each page's median), then p50/p95 across taps, so that the
  // figure is the spread over words rather than over the shared machine's scheduling; the raw p95
  // of all runs is kept beside it.
  const gold = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/words/counterpart-gold.json'), 'utf8')) as { pairs: Array<{ ko: string; en: string }> };
  const tap: number[] = [];
  const counterpart: number[] = [];
  const allRuns: number[] = [];
  for (const pair of gold.pairs) {
    const count = words.analyseSentence(pair.ko).length;
    for (let tapped = 0; tapped < count; tapped++) {
      const runs: number[] = [];
      const counterpartRuns: number[] = [];
      for (let run = 0; run < TAP_RUNS; run++) {
        const start = performance.now();
        const analysed = words.analyseSentence(pair.ko);
        index.lookup(analysed[tapped]!.lemma);
        const middle = performance.now();
        words.findCounterpart(analysed, tapped, pair.en, lookupOf);
        const end = performance.now();
        runs.push(end - start);
        counterpartRuns.push(end - middle);
      }
      allRuns.push(...runs);
      tap.push(median(runs));
      counterpart.push(median(counterpartRuns));
    }
  }
  for (const list of [word, lookup, tap, counterpart, allRuns]) list.sort((a, b) => a - b);
  const tapP95 = percentile(tap, 0.95);
  const bundle = await chunkSize(repoRoot, WORDS_ENTRY);
  return {
    analyserLoadMs: round(analyserLoadMs),
    tsvBytes: Buffer.byteLength(text),
    rows: index.rows,
    entries: index.size,
    indexBuildMs: round(indexBuildMs),
    lookups: queries.length,
    taps: tap.length,
    tapRuns: TAP_RUNS,
    tapMs: { p50: round(percentile(tap, 0.5)), p95: round(tapP95), max: round(tap.at(-1)!) },
    tapAllRunsP95: round(percentile(allRuns, 0.95)),
    counterpartMs: { p50: round(percentile(counterpart, 0.5)), p95: round(percentile(counterpart, 0.95)) },
    wordMs: { p50: round(percentile(word, 0.5)), p95: round(percentile(word, 0.95)), max: round(word.at(-1)!) },
    lookupMs: { p50: round(percentile(lookup, 0.5)), p95: round(percentile(lookup, 0.95)) },
    bundle,
    pass: tapP95 <= LOOKUP_BUDGET_MS,
  };
}

export function formatWordsBench(result: WordsBench): string[] {
  return [
    `words: analyser load (first import + first sentence) ${result.analyserLoadMs} ms`,
    `words: synthetic kengdic-shaped TSV + the team's rows, ${(result.tsvBytes / 1e6).toFixed(1)} MB, ${result.rows} rows → ${result.entries} entries, index built in ${result.indexBuildMs} ms (median of ${INDEX_BUILDS}, after one warm-up)`,
    `words: one tap (analyseSentence + lookup + findCounterpart), every word of the counterpart gold set's pairs (${result.taps} taps, median of ${result.tapRuns} runs each): p50 ${result.tapMs.p50} / p95 ${result.tapMs.p95} / max ${result.tapMs.max} ms (p95 of all runs ${result.tapAllRunsP95} ms); findCounterpart alone p50 ${result.counterpartMs.p50} / p95 ${result.counterpartMs.p95} ms`,
    `words: analyseWord + lookup, ${result.lookups} words: p50 ${result.wordMs.p50} / p95 ${result.wordMs.p95} / max ${result.wordMs.max} ms; lookup alone p50 ${result.lookupMs.p50} / p95 ${result.lookupMs.p95} ms`,
    `words: word mode's chunk (${WORDS_ENTRY}, minified ES module) ${(result.bundle.bytes / 1024).toFixed(1)} KB, ${(result.bundle.gzipBytes / 1024).toFixed(1)} KB gzipped`,
    `words: budget tap p95 ≤ ${LOOKUP_BUDGET_MS} ms: ${result.pass ? 'pass' : 'FAIL'}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  measureWords().then(
    (result) => {
      if (process.argv.includes('--json')) console.log(JSON.stringify(result));
      else for (const line of formatWordsBench(result)) console.log(line);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
