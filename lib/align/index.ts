/**
 * Paragraph aligner: which Korean lines and which English lines say the same thing.
 *
 * Workflow:
 * 1. Classify each line: article text, furniture (byline, caption, e-mail: never linked),
 *    probable furniture (cheap to leave unpaired). Spot a last line cut off mid-sentence
 *    (excerpts stop early), whose length only bounds its counterpart's from below.
 * 2. Gather anchors between lines: numbers, Latin words, romanized names and places, quotes.
 * 3. Dynamic programming over beads (1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3) inside a band
 *    around the diagonal, Gale–Church style: each bead costs its prior, a length-ratio term
 *    and minus its anchor evidence; leaving a line unpaired costs a fixed amount.
 * 4. Re-estimate the English/Korean length ratio from the confident 1:1 links and align again
 *    (machine translations run longer than human ones: 2.3 on BreakNews, 1.8 on NTREX).
 * 5. Report the links, each with a confidence from how much better linking is than leaving
 *    its lines unpaired.
 *
 * The parts: side.ts (step 1), anchors.ts (step 2), cost.ts and search.ts (step 3); the two passes,
 * the windows of a long article and the report are here, and the same aligner run on the sentences
 * inside a linked pair (alignSentences, the panel's sentence links).
 */
import type { AlignmentLink, Language } from '../types';
import { splitSentences, type SentenceSpan } from '../sentences';
import { gatherAnchors } from './anchors';
import { bandFor } from './band';
import { describeSide } from './side';
import { describeBonusLimits, LENGTH_RATIO_PRIOR, LINKING_SHAPES, RATIO_PRIOR_WEIGHT, RATIO_SAMPLE_CONFIDENCE, type Grid } from './cost';
import { bestBeads, type Bead } from './search';

export { classifyLine, type LineRole } from './furniture';
export { romanize, romanizeName, sameRomanizedName, phoneticKey } from './romanize';

export function alignParagraphs(ko: string[], en: string[]): AlignmentLink[] {
  const steps = alignmentSteps(ko, en);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same alignment as a generator that pauses after each window of a long article, so a caller
 * on a page's main thread can yield to the page between windows (no task over 50 ms while
 * the panel opens; 3,000 × 3,000 lines took ~630 ms in one piece). Short articles are one step.
 */
export function* alignmentSteps(ko: string[], en: string[]): Generator<void, AlignmentLink[]> {
  if (!Array.isArray(ko) || !Array.isArray(en)) {
    throw new TypeError(`alignParagraphs expects two string arrays, got ${typeof ko} and ${typeof en}`);
  }
  if (ko.length === 0 || en.length === 0) return [];
  if (Math.max(ko.length, en.length) <= WHOLE_ARTICLE_LINES) return alignWhole(ko, en);
  return yield* alignInWindows(ko, en);
}

/**
 * Up to this many lines per side the article is aligned in one piece. Every document in
 * bench:align (BreakNews excerpts, NTREX-128) and every real article we have is far below it.
 */
const WHOLE_ARTICLE_LINES = 400;
/** Lines per side in one window of a long article: small enough that one window is a short task. */
const WINDOW_LINES = 120;
/**
 * The first windows are smaller: the aligner's code is still cold when a freshly injected reader
 * runs it (the first 120-line window took 40–80 ms in Chromium, later ones 12–20 ms).
 */
const FIRST_WINDOW_LINES = 30;
/**
 * How fast windows grow to WINDOW_LINES while the code warms up: 30, 45, 68, 102, 120. Doubling
 * (30, 60, 120) left the third window, still half cold, at 50–62 ms in Chromium (npm run bench,
 * 2026-12-01, the 3,000-paragraph article's long tasks at +120–160 ms were that window).
 */
const WINDOW_GROWTH = 1.5;
/** The rest of a long article is aligned in one last window once this short. */
const LAST_WINDOW_LINES = 160;
/**
 * Only links in the first three quarters of a window are kept: near its end the alignment is bent
 * by the window's edge, which forces every line to be accounted for there.
 */
const WINDOW_KEEP_SHARE = 0.75;
/** The window is cut after the last link at least this sure, so the next window starts on solid ground. */
const WINDOW_CUT_CONFIDENCE = 0.8;

/**
 * Long articles: align a window of lines on each side, keep its links up to the last confident one
 * in its first three quarters, and start the next window right after that link. The cost grows
 * with the article's length, not its square, and each window is one step of the generator.
 */
function* alignInWindows(ko: string[], en: string[]): Generator<void, AlignmentLink[]> {
  const links: AlignmentLink[] = [];
  let koStart = 0;
  let enStart = 0;
  for (let windowSize = FIRST_WINDOW_LINES; koStart < ko.length && enStart < en.length; windowSize = Math.min(WINDOW_LINES, Math.round(windowSize * WINDOW_GROWTH))) {
    const koLeft = ko.length - koStart;
    const enLeft = en.length - enStart;
    if (Math.max(koLeft, enLeft) <= LAST_WINDOW_LINES) {
      for (const link of alignWhole(ko.slice(koStart), en.slice(enStart))) links.push(shiftLink(link, koStart, enStart));
      break;
    }
    // The window keeps the two sides' remaining proportion, so it stays around the diagonal.
    const koSize = Math.min(koLeft, Math.max(1, Math.round((windowSize * 2 * koLeft) / (koLeft + enLeft))));
    const enSize = Math.min(enLeft, Math.max(1, Math.round((windowSize * 2 * enLeft) / (koLeft + enLeft))));
    const window = alignWhole(ko.slice(koStart, koStart + koSize), en.slice(enStart, enStart + enSize));
    const koKeep = Math.floor(koSize * WINDOW_KEEP_SHARE);
    const enKeep = Math.floor(enSize * WINDOW_KEEP_SHARE);
    const kept = window.filter((link) => link.ko.at(-1)! < koKeep && link.en.at(-1)! < enKeep);
    let cut = kept.findLastIndex((link) => link.confidence >= WINDOW_CUT_CONFIDENCE);
    if (cut < 0) cut = kept.length - 1;
    if (cut < 0) {
      // Nothing linked in the window's first part: those lines stay unpaired.
      koStart += koKeep;
      enStart += enKeep;
    } else {
      for (const link of kept.slice(0, cut + 1)) links.push(shiftLink(link, koStart, enStart));
      const last = kept[cut];
      koStart += last.ko.at(-1)! + 1;
      enStart += last.en.at(-1)! + 1;
    }
    yield;
  }
  return links;
}

function shiftLink(link: AlignmentLink, koOffset: number, enOffset: number): AlignmentLink {
  return { ko: link.ko.map((index) => index + koOffset), en: link.en.map((index) => index + enOffset), confidence: link.confidence };
}

function alignWhole(ko: string[], en: string[]): AlignmentLink[] {
  const korean = describeSide(ko, 'ko');
  const english = describeSide(en, 'en');
  const band = bandFor(ko.length, en.length);
  const anchors = gatherAnchors(ko, en, band);
  const grid: Grid = {
    korean,
    english,
    band,
    anchors,
    evidenceCost: new Float64Array((band.rows + 1) * band.stride * LINKING_SHAPES).fill(NaN),
    bonusLimits: describeBonusLimits(anchors, band, ko.length, en.length),
  };

  const prior = Math.log(LENGTH_RATIO_PRIOR);
  let beads = bestBeads(grid, prior);
  const ratio = documentLengthRatio(grid, beads, prior);
  if (Math.abs(ratio - prior) > 0.05) beads = bestBeads(grid, ratio);

  return beads
    .filter((bead) => bead.shape.ko > 0 && bead.shape.en > 0)
    .map((bead) => ({
      ko: range(bead.koStart, bead.shape.ko),
      en: range(bead.enStart, bead.shape.en),
      confidence: round(bead.confidence, 3),
    }));
}

/** The document's own log length ratio: the prior, pulled toward the median of confident 1:1 links. */
function documentLengthRatio(grid: Grid, beads: Bead[], prior: number): number {
  const samples: number[] = [];
  for (const bead of beads) {
    if (bead.shape.ko !== 1 || bead.shape.en !== 1 || bead.confidence < RATIO_SAMPLE_CONFIDENCE) continue;
    if (bead.koStart === grid.korean.cutOffLine || bead.enStart === grid.english.cutOffLine) continue;
    const koLength = grid.korean.cumulative[bead.koStart + 1] - grid.korean.cumulative[bead.koStart];
    const enLength = grid.english.cumulative[bead.enStart + 1] - grid.english.cumulative[bead.enStart];
    if (koLength > 0 && enLength > 0) samples.push(Math.log(enLength / koLength));
  }
  if (samples.length === 0) return prior;
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  return (RATIO_PRIOR_WEIGHT * prior + samples.length * median) / (RATIO_PRIOR_WEIGHT + samples.length);
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}


/**
 * Inside a linked pair every sentence says something the other side says too, so a sentence the
 * aligner left alone joins its neighbour's link (the one before it, else the one after): Google
 * Translate often splits one long Korean sentence into two English ones.
 */
function absorbUnlinked(links: AlignmentLink[], side: Language, count: number): void {
  if (links.length === 0) return;
  for (let i = 0; i < count; i++) {
    if (links.some((l) => l[side].includes(i))) continue;
    const before = [...links].reverse().find((l) => l[side].length && l[side][l[side].length - 1] < i);
    const target = before ?? links.find((l) => l[side].length && l[side][0] > i) ?? links[0];
    target[side] = [...target[side], i].sort((a, b) => a - b);
  }
}

/** Sentence links inside a linked pair: the paragraph aligner, run on sentences (lib/sentences.ts splits them). */
export function alignSentences(ko: string, en: string): { ko: SentenceSpan[]; en: SentenceSpan[]; links: AlignmentLink[] } {
  const koSentences = splitSentences(ko);
  const enSentences = splitSentences(en);
  const links =
    koSentences.length === 1 && enSentences.length === 1
      ? [{ ko: [0], en: [0], confidence: 1 }]
      : alignParagraphs(
          koSentences.map((s) => s.text),
          enSentences.map((s) => s.text),
        );
  absorbUnlinked(links, 'ko', koSentences.length);
  absorbUnlinked(links, 'en', enSentences.length);
  return { ko: koSentences, en: enSentences, links };
}
