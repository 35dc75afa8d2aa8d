/**
 * The aligner's cost model (lib/align/index.ts step 3): what a bead costs and what it is sure of.
 *
 * Workflow:
 * 1. A bead's price is its shape's prior, plus a length term (Gale–Church: the English/Korean
 *    length ratio against the document's, with a sigma that grows with length), plus its evidence:
 *    furniture it would link, sentence counts that disagree, and minus the anchors it explains
 *    (names, numbers, Latin words, quotes), each capped.
 * 2. The part that does not depend on the length ratio is cached per band cell and shape
 *    (Grid.evidenceCost), so the second pass with the document's own ratio reuses it.
 * 3. A bead's confidence compares it with the cheapest other way to account for its lines.
 *
 * The constants carry the measurements that set them (npm run bench:align).
 */
import type { AnchorEvidence } from './anchors';
import type { Band } from './band';
import type { Side } from './side';

export interface BeadShape {
  ko: number;
  en: number;
  /** -log prior of the shape: merges and splits are rarer than one-to-one. */
  prior: number;
}

const ONE_TO_ONE: BeadShape = { ko: 1, en: 1, prior: 0 };
/**
 * 2:2 is priced above two 1:1 links with poor evidence: at Gale–Church's 4.5 it swallowed two
 * seed paragraphs whose Google translations carry stray sentence ends ("… participants. .").
 */
export const BEADS: BeadShape[] = [
  ONE_TO_ONE,
  { ko: 1, en: 0, prior: 0 },
  { ko: 0, en: 1, prior: 0 },
  { ko: 2, en: 1, prior: 2 },
  { ko: 1, en: 2, prior: 2 },
  { ko: 2, en: 2, prior: 7 },
  { ko: 3, en: 1, prior: 4.5 },
  { ko: 1, en: 3, prior: 4.5 },
];

/** English characters per Korean character before the document tells us its own ratio. */
export const LENGTH_RATIO_PRIOR = 2.1;
/** How many confident links it takes to move the ratio halfway from the prior. */
export const RATIO_PRIOR_WEIGHT = 3;
/**
 * Spread of log(en/ko length): about 0.22 per sentence on NTREX-128 and wider for short
 * lines (0.30 under 30 Korean characters), so sigma² = floor² + scale / length.
 */
const LENGTH_SIGMA_FLOOR = 0.17;
const LENGTH_SIGMA_SCALE = 2.0;

/** Leaving a line of article text unpaired: about what a 2.5-sigma length mismatch costs. */
export const UNPAIRED_TEXT = 3.2;
export const UNPAIRED_PROBABLE_FURNITURE = 0.4;
export const UNPAIRED_FURNITURE = 0.1;
/** Linking a line that looks like furniture (an English "Reporter …" line, a ▲ line) needs strong evidence. */
const PROBABLE_FURNITURE_LINK = 2.5;

const NAME_BONUS = 1.5;
const NAME_CAP = 3;
const NUMBER_BONUS = 1.2;
const NUMBER_BONUS_CAP = 4;
const NUMBER_MISSING = 0.7;
const NUMBER_MISSING_CAP = 4;
const LATIN_MISSING = 0.8;
const LATIN_MISSING_CAP = 3;
const QUOTE_BONUS = 1.0;
const QUOTE_BONUS_CAP = 2;
const QUOTE_MISMATCH = 0.8;
/**
 * Per unit of |log(Korean sentences / English sentences)| (see lib/sentences.ts): Korean splitting a
 * sentence is common, English having more is rare. A log ratio, because one sentence too many
 * says a lot in a two-sentence bead and little in a ten-sentence one.
 */
const EXTRA_KOREAN_SENTENCES = 1.5;
const EXTRA_ENGLISH_SENTENCES = 4.5;
/**
 * Headlines and subheadlines end without a period on both sides ("정용래 유성구청장, … 발표…",
 * "Thieves take $26,750 during ATM refill"); body paragraphs end with one. Linking a line that
 * ends like a sentence to one that does not is a sign of a headline paired with body text.
 */
const ENDING_MISMATCH = 1.5;

/** Headline-like lines (no closing period on either side) vary far more in length than body text. */
const HEADLINE_SIGMA_FACTOR = 2;

/** Confidence is a logistic of how much cheaper the link is than its cheapest alternative. */
export const CONFIDENCE_MIDPOINT = 2;
export const CONFIDENCE_SCALE = 1.2;
/** Links at least this sure inform the document's length ratio. */
export const RATIO_SAMPLE_CONFIDENCE = 0.6;

export interface Grid {
  korean: Side;
  english: Side;
  band: Band;
  anchors: AnchorEvidence;
  /**
   * Per band cell and linking shape: the part of the bead's cost that does not depend on the
   * length ratio (prior, furniture, sentences, anchors), NaN until computed. The second pass with
   * the document's own ratio reuses it: it is most of a bead's price (the anchor sums), and the
   * second pass cost as much as the first before (200 × 200 took 12–18 ms).
   */
  evidenceCost: Float64Array;
  bonusLimits: BonusLimits;
}

/**
 * Cumulative per-line sums of what can take cost off a bead (shared names anywhere in a Korean
 * line's band row, numbers, quotations), to bound a bead's evidence from below in O(1).
 */
interface BonusLimits {
  koNames: Float64Array;
  koNumbers: Float64Array;
  enNumbers: Float64Array;
  koQuotes: Float64Array;
  enQuotes: Float64Array;
}

export function cumulative(count: number, valueAt: (index: number) => number): Float64Array {
  const sums = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) sums[index + 1] = sums[index] + valueAt(index);
  return sums;
}

export function describeBonusLimits(anchors: AnchorEvidence, band: Band, koCount: number, enCount: number): BonusLimits {
  return {
    koNames: cumulative(koCount, (k) => {
      let names = 0;
      const rowBase = k * band.stride - band.firsts[k];
      for (let e = band.firsts[k]; e <= band.lasts[k]; e++) names += anchors.sharedNames[rowBase + e];
      return names;
    }),
    koNumbers: cumulative(koCount, (k) => anchors.koNumbers[k]),
    enNumbers: cumulative(enCount, (e) => anchors.enNumbers[e]),
    koQuotes: cumulative(koCount, (k) => anchors.koQuotes[k]),
    enQuotes: cumulative(enCount, (e) => anchors.enQuotes[e]),
  };
}

/**
 * The most the bead's evidence can take off its cost: its names, numbers and quotations as if all
 * matched, capped as beadEvidenceCost caps them. Every other evidence term only adds, so
 * `prior − bonusLimit` is a lower bound of beadEvidenceCost.
 */
export function bonusLimit(grid: Grid, shape: BeadShape, koStart: number, enStart: number): number {
  const limits = grid.bonusLimits;
  const koEnd = koStart + shape.ko;
  const enEnd = enStart + shape.en;
  const names = limits.koNames[koEnd] - limits.koNames[koStart];
  const numbers = Math.min(limits.koNumbers[koEnd] - limits.koNumbers[koStart], limits.enNumbers[enEnd] - limits.enNumbers[enStart]);
  const quotes = Math.min(limits.koQuotes[koEnd] - limits.koQuotes[koStart], limits.enQuotes[enEnd] - limits.enQuotes[enStart]);
  return (
    NAME_BONUS * Math.min(names, NAME_CAP) +
    NUMBER_BONUS * Math.min(numbers, NUMBER_BONUS_CAP) +
    QUOTE_BONUS * Math.min(quotes, QUOTE_BONUS_CAP)
  );
}

/** Shapes that link lines (BEADS without 1:0 and 0:1), in BEADS order: the evidence cache's second index. */
export const LINKING_SHAPES = BEADS.filter((shape) => shape.ko > 0 && shape.en > 0).length;
/**
 * The cheapest other way to account for the same lines: all of them unpaired, or (for a merge
 * or split) one one-to-one link inside the bead with the other lines unpaired, or (2:2) two
 * one-to-one links. How much the chosen bead beats it is what its confidence reports.
 */
export function cheapestAlternative(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
  const koUnpaired = grid.korean.unpairedCost;
  const enUnpaired = grid.english.unpairedCost;
  const allUnpaired = sumRange(koUnpaired, koStart, shape.ko) + sumRange(enUnpaired, enStart, shape.en);
  if (shape.ko === 0 || shape.en === 0) return allUnpaired;
  let cheapest = allUnpaired;
  if (shape.ko > 1 || shape.en > 1) {
    for (let k = koStart; k < koStart + shape.ko; k++) {
      for (let e = enStart; e < enStart + shape.en; e++) {
        const single = beadCost(grid, ONE_TO_ONE, k, e, logRatio) - koUnpaired[k] - enUnpaired[e];
        cheapest = Math.min(cheapest, allUnpaired + single);
      }
    }
  }
  if (shape.ko === 2 && shape.en === 2) {
    const pairs =
      beadCost(grid, ONE_TO_ONE, koStart, enStart, logRatio) + beadCost(grid, ONE_TO_ONE, koStart + 1, enStart + 1, logRatio);
    cheapest = Math.min(cheapest, pairs);
  }
  return cheapest;
}

/** Cost of one bead starting at (koStart, enStart); Infinity when the bead may not exist. */
export function beadCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
  if (shape.en === 0) return grid.korean.unpairedCost[koStart];
  if (shape.ko === 0) return grid.english.unpairedCost[enStart];
  const evidence = beadEvidenceCost(grid, shape, koStart, enStart);
  return evidence === Infinity ? Infinity : evidence + lengthCost(grid, shape, koStart, enStart, logRatio);
}

/** The length term of a linking bead: how far its English/Korean length ratio is from the document's. */
export function lengthCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
  const { korean, english } = grid;
  const koEnd = koStart + shape.ko;
  const enEnd = enStart + shape.en;
  const koCut = korean.cutOffLine >= koStart && korean.cutOffLine < koEnd;
  const enCut = english.cutOffLine >= enStart && english.cutOffLine < enEnd;
  const koLength = Math.max(1, korean.cumulative[koEnd] - korean.cumulative[koStart]);
  const headlines = !korean.endsSentence[koEnd - 1] && !english.endsSentence[enEnd - 1] && !koCut && !enCut;
  const sigma =
    Math.sqrt(LENGTH_SIGMA_FLOOR * LENGTH_SIGMA_FLOOR + LENGTH_SIGMA_SCALE / koLength) *
    (headlines ? HEADLINE_SIGMA_FACTOR : 1);
  let z =
    (english.spanLogLength[shape.en - 1][enStart] - korean.spanLogLength[shape.ko - 1][koStart] - logRatio) / sigma;
  if ((enCut && z < 0) || (koCut && z > 0)) z = 0;
  return (z * z) / 2;
}

/** Everything in a linking bead's cost but its length term; Infinity when the bead may not exist. */
export function beadEvidenceCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number): number {
  const { korean, english, anchors, band } = grid;
  const koEnd = koStart + shape.ko;
  const enEnd = enStart + shape.en;
  if (korean.furniture[koEnd] !== korean.furniture[koStart]) return Infinity;
  if (english.furniture[enEnd] !== english.furniture[enStart]) return Infinity;
  const koCut = korean.cutOffLine >= koStart && korean.cutOffLine < koEnd;
  const enCut = english.cutOffLine >= enStart && english.cutOffLine < enEnd;
  // A line cut off mid-sentence is the start of one paragraph's translation: it cannot also cover a second one.
  if ((koCut || enCut) && (shape.ko > 1 || shape.en > 1)) return Infinity;

  let total = shape.prior;
  const probable =
    korean.probableFurniture[koEnd] - korean.probableFurniture[koStart] +
    english.probableFurniture[enEnd] - english.probableFurniture[enStart];
  total += probable * PROBABLE_FURNITURE_LINK;

  if (!koCut && !enCut) {
    const imbalance =
      korean.spanLogSentences[shape.ko - 1][koStart] - english.spanLogSentences[shape.en - 1][enStart];
    total += imbalance >= 0 ? EXTRA_KOREAN_SENTENCES * imbalance : -EXTRA_ENGLISH_SENTENCES * imbalance;
    if (korean.endsSentence[koEnd - 1] !== english.endsSentence[enEnd - 1]) total += ENDING_MISMATCH;
  }

  let names = 0;
  let sharedLatin = 0;
  let koLatin = 0;
  let sharedNumbers = 0;
  let koNumbers = 0;
  let enNumbers = 0;
  let koQuotes = 0;
  let enQuotes = 0;
  for (let k = koStart; k < koEnd; k++) {
    koNumbers += anchors.koNumbers[k];
    koQuotes += anchors.koQuotes[k];
    koLatin += anchors.koLatin[k];
    const rowBase = k * band.stride - band.firsts[k];
    const from = Math.max(enStart, band.firsts[k]);
    const to = Math.min(enEnd - 1, band.lasts[k]);
    for (let e = from; e <= to; e++) {
      const pair = rowBase + e;
      names += anchors.sharedNames[pair];
      sharedLatin += anchors.sharedLatin[pair];
      sharedNumbers += anchors.sharedNumbers[pair];
    }
  }
  for (let e = enStart; e < enEnd; e++) {
    enNumbers += anchors.enNumbers[e];
    enQuotes += anchors.enQuotes[e];
  }
  total -= NAME_BONUS * Math.min(names, NAME_CAP);
  const matched = Math.min(sharedNumbers, koNumbers, enNumbers);
  total -= NUMBER_BONUS * Math.min(matched, NUMBER_BONUS_CAP);
  total += NUMBER_MISSING * Math.min(koNumbers - matched + (enNumbers - matched), NUMBER_MISSING_CAP);
  total += LATIN_MISSING * Math.min(Math.max(0, koLatin - sharedLatin), LATIN_MISSING_CAP);
  if (koQuotes > 0 && enQuotes > 0) total -= QUOTE_BONUS * Math.min(koQuotes, enQuotes, QUOTE_BONUS_CAP);
  total += QUOTE_MISMATCH * Math.min(Math.abs(koQuotes - enQuotes), 3);
  return total;
}

function sumRange(values: Float64Array, start: number, count: number): number {
  let total = 0;
  for (let k = start; k < start + count; k++) total += values[k];
  return total;
}

