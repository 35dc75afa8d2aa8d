/**
 * The code the benchmark injects into each served page (bundled into an IIFE at bench time by
 * testing/bundle-probe.ts): our detector and extractor, Mozilla Readability and the aligner, timed
 * on the live `document` in the page's own event loop. Runs in the page's main world; it never
 * changes the page (Readability gets a clone).
 */
import { Readability } from '@mozilla/readability';
import { detectArticleCandidate } from '../../lib/detect';
import { extractArticle } from '../../lib/extract';
import { alignParagraphs } from '../../lib/align';

export interface PageTimings {
  detectMs: number[];
  extractMs: number[];
  readabilityMs: number[];
  candidate: boolean;
  paragraphs: number;
}

/**
 * Chromium coarsens performance.now() to 0.1 ms outside cross-origin-isolated pages, coarser than a
 * detect call: each run repeats the work until at least MIN_RUN_MS have passed and reports the
 * time per call.
 */
const MIN_RUN_MS = 5;

function timeRuns(warmUps: number, runs: number, work: () => void): number[] {
  for (let i = 0; i < warmUps; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      work();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_RUN_MS);
    times.push(elapsed / calls);
  }
  return times;
}

function timePage(url: string, runs: number): PageTimings {
  const detected = detectArticleCandidate(document, url);
  const extraction = extractArticle(document, url);
  return {
    detectMs: timeRuns(2, runs, () => detectArticleCandidate(document, url)),
    extractMs: timeRuns(2, runs, () => extractArticle(document, url)),
    // What Readability users pay: a clone (Readability changes the tree it is given) and the parse.
    readabilityMs: timeRuns(1, runs, () => new Readability(document.cloneNode(true) as Document).parse()),
    candidate: detected.candidate,
    paragraphs: extraction.body.filter((block) => block.kind === 'paragraph').length,
  };
}

function timeAlign(ko: string[], en: string[], runs: number): number[] {
  return timeRuns(2, runs, () => alignParagraphs(ko, en));
}

(globalThis as Record<string, unknown>).__hanyeongBench = { timePage, timeAlign };
