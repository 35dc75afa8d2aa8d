/**
 * npm run bench:align [-- --json]
 *
 * Link precision/recall/F1 of alignParagraphs and of a plain Gale–Church baseline on the
 * BreakNews excerpts and on NTREX-128 documents rebuilt with merges, splits, drops and
 * furniture (testing/align-corpus.ts), then the time to align 200 × 200 and 3,000 × 3,000 lines.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignParagraphs } from '../lib/align';
import type { AlignmentLink } from '../lib/types';
import {
  buildNtrexCases,
  loadBreaknewsExcerpts,
  loadNtrexDocuments,
  scoreLinks,
  sharedFolder,
  totalScore,
  type AlignmentCase,
  type SetScore,
} from '../testing/align-corpus';
import { galeChurchAlign } from './gale-church';

type Aligner = (ko: string[], en: string[]) => AlignmentLink[];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = sharedFolder(repoRoot);
const asJson = process.argv.includes('--json');

if (!existsSync(shared)) {
  console.error(`bench:align needs the shared corpus at ${shared} (not found)`);
  process.exit(1);
}

function scoreSet(cases: AlignmentCase[], align: Aligner): SetScore {
  return totalScore(cases.map((doc) => scoreLinks(align(doc.ko, doc.en), doc.gold)));
}

/** Median wall time of `runs` calls, in milliseconds, after one warm-up call. */
function medianMs(runs: number, work: () => void): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The first `count` NTREX sentence pairs (cycling through the corpus) as one long article. */
function longArticle(count: number): { ko: string[]; en: string[] } {
  const sentences = loadNtrexDocuments(shared).flatMap((doc) => doc.sentences);
  const ko: string[] = [];
  const en: string[] = [];
  for (let index = 0; index < count; index++) {
    const pair = sentences[index % sentences.length];
    ko.push(pair.ko);
    en.push(pair.en);
  }
  return { ko, en };
}

const sets = {
  breaknews: loadBreaknewsExcerpts(shared),
  ntrex: buildNtrexCases(shared),
};
const results = Object.fromEntries(
  Object.entries(sets).map(([name, cases]) => [
    name,
    { documents: cases.length, ours: scoreSet(cases, alignParagraphs), galeChurch: scoreSet(cases, galeChurchAlign) },
  ]),
);

const small = longArticle(200);
const large = longArticle(3000);
const timing = {
  align200x200MedianMs: medianMs(9, () => alignParagraphs(small.ko, small.en)),
  align3000x3000MedianMs: medianMs(3, () => alignParagraphs(large.ko, large.en)),
};

if (asJson) {
  console.log(JSON.stringify({ sets: results, timing }, null, 2));
} else {
  const figure = (value: number) => value.toFixed(3);
  for (const [name, result] of Object.entries(results)) {
    console.log(`${name} (${result.documents} documents, ${result.ours.gold} gold links)`);
    for (const [label, score] of [
      ['ours', result.ours],
      ['gale-church', result.galeChurch],
    ] as const) {
      console.log(
        `  ${label.padEnd(12)} P ${figure(score.precision)}  R ${figure(score.recall)}  F1 ${figure(score.f1)}` +
          `  (${score.correct} correct of ${score.predicted} predicted)`,
      );
    }
  }
  console.log(`align 200 x 200 lines:   ${timing.align200x200MedianMs.toFixed(2)} ms (median of 9)`);
  console.log(`align 3000 x 3000 lines: ${timing.align3000x3000MedianMs.toFixed(1)} ms (median of 3)`);
}
