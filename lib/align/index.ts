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
 */
import type { AlignmentLink } from '../types';
import { gatherAnchors, type AnchorEvidence } from './anchors';
import { bandFor, type Band } from './band';
import { classifyLine, type LineRole } from './furniture';
import { countSentences } from './sentences';

export { classifyLine, type LineRole } from './furniture';
export { romanize, romanizeName, sameRomanizedName, phoneticKey } from './romanize';

interface BeadShape {
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
const BEADS: BeadShape[] = [
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
const LENGTH_RATIO_PRIOR = 2.1;
/** How many confident links it takes to move the ratio halfway from the prior. */
const RATIO_PRIOR_WEIGHT = 3;
/**
 * Spread of log(en/ko length): about 0.22 per sentence on NTREX-128 and wider for short
 * lines (0.30 under 30 Korean characters), so sigma² = floor² + scale / length.
 */
const LENGTH_SIGMA_FLOOR = 0.17;
const LENGTH_SIGMA_SCALE = 2.0;

/** Leaving a line of article text unpaired: about what a 2.5-sigma length mismatch costs. */
const UNPAIRED_TEXT = 3.2;
const UNPAIRED_PROBABLE_FURNITURE = 0.4;
const UNPAIRED_FURNITURE = 0.1;
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
 * Per unit of |log(Korean sentences / English sentences)| (see sentences.ts): Korean splitting a
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
const CONFIDENCE_MIDPOINT = 2;
const CONFIDENCE_SCALE = 1.2;
/** Links at least this sure inform the document's length ratio. */
const RATIO_SAMPLE_CONFIDENCE = 0.6;

interface Side {
  roles: LineRole[];
  /** Cumulative character counts (whitespace collapsed): cumulative[k] = chars of lines 0..k-1. */
  cumulative: Float64Array;
  /** Cumulative count of furniture lines, to reject a bead holding one in O(1). */
  furniture: Uint32Array;
  probableFurniture: Uint32Array;
  /** Cumulative sentence counts. */
  sentences: Uint32Array;
  /** Per line: ends like a sentence (period, question mark, closing quote), unlike a headline. */
  endsSentence: Uint8Array;
  unpairedCost: Float64Array;
  /** Index of the last line when it stops mid-sentence (an excerpt), else -1. */
  cutOffLine: number;
  /** spanLogLength[size - 1][start]: log of the length of lines start..start+size-1 (sizes 1–3). */
  spanLogLength: Float64Array[];
  /** spanLogSentences[size - 1][start]: log of their sentence count. */
  spanLogSentences: Float64Array[];
}

const LONGEST_SPAN = 3;

export function alignParagraphs(ko: string[], en: string[]): AlignmentLink[] {
  const steps = alignmentSteps(ko, en);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same alignment as a generator that pauses after each window of a long article, so a caller
 * on a page's main thread can yield to the page between windows (issue 6: no task over 50 ms while
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
 * runs it (the first 120-line window took 40–80 ms in Chromium, later ones 12–20 ms; issue 6).
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

function describeSide(lines: string[], language: 'ko' | 'en'): Side {
  const count = lines.length;
  const side: Side = {
    roles: [],
    cumulative: new Float64Array(count + 1),
    furniture: new Uint32Array(count + 1),
    probableFurniture: new Uint32Array(count + 1),
    sentences: new Uint32Array(count + 1),
    endsSentence: new Uint8Array(count),
    unpairedCost: new Float64Array(count),
    cutOffLine: -1,
    spanLogLength: [],
    spanLogSentences: [],
  };
  lines.forEach((line, index) => {
    if (typeof line !== 'string') {
      throw new TypeError(`alignParagraphs: ${language}[${index}] is ${typeof line}, expected a string`);
    }
    const role = classifyLine(line);
    side.roles.push(role);
    side.cumulative[index + 1] = side.cumulative[index] + translatableLength(line, language);
    side.furniture[index + 1] = side.furniture[index] + (role === 'furniture' ? 1 : 0);
    side.probableFurniture[index + 1] = side.probableFurniture[index] + (role === 'probable-furniture' ? 1 : 0);
    side.sentences[index + 1] = side.sentences[index] + countSentences(line);
    side.endsSentence[index] = ENDS_LIKE_SENTENCE.test(line) ? 1 : 0;
    side.unpairedCost[index] =
      role === 'furniture' ? UNPAIRED_FURNITURE : role === 'probable-furniture' ? UNPAIRED_PROBABLE_FURNITURE : UNPAIRED_TEXT;
  });
  const last = count - 1;
  if (side.roles[last] === 'text' && stopsMidSentence(lines[last], language)) side.cutOffLine = last;
  for (let size = 1; size <= LONGEST_SPAN; size++) {
    const logLength = new Float64Array(count);
    const logSentences = new Float64Array(count);
    for (let start = 0; start + size <= count; start++) {
      logLength[start] = Math.log(Math.max(1, side.cumulative[start + size] - side.cumulative[start]));
      logSentences[start] = Math.log(side.sentences[start + size] - side.sentences[start]);
    }
    side.spanLogLength.push(logLength);
    side.spanLogSentences.push(logSentences);
  }
  return side;
}

/** Glosses Korean news adds in brackets: "뉴포트 온 더 레비(Newport on the Levee)", "정부(政府)". */
const BRACKETED_GLOSS = /\((?:[A-Za-z][^()]*|[\u4e00-\u9fff]+)\)/g;
const LATIN_LETTERS = /[A-Za-z]/g;

/**
 * Length in characters, as the length model sees it. On the Korean side, bracketed glosses are
 * dropped (the English has the name once, not twice) and Latin letters count half, since the
 * English side keeps them at one character each rather than the 2.1 a Hangul character becomes.
 */
function translatableLength(line: string, language: 'ko' | 'en'): number {
  const text = line.replace(/\s+/g, ' ').trim();
  if (language === 'en') return text.length;
  const withoutGlosses = text.replace(BRACKETED_GLOSS, '');
  const latin = withoutGlosses.match(LATIN_LETTERS)?.length ?? 0;
  return withoutGlosses.length - latin / 2;
}

/** Body lines are long and end in sentence punctuation; headlines are short, so only long lines count. */
const CUT_OFF_MIN_CHARS = { ko: 30, en: 60 };
const SENTENCE_END = /[.!?。…"”’')\]」』]\s*$/;
const KOREAN_SENTENCE_END = /(?:다|요|음|함|임|까)\s*$/;
/** Sentence punctuation, then optionally closing quotes or brackets: "…said.", "…he said.”", but not "발표…". */
const ENDS_LIKE_SENTENCE = /[.!?。]["”’')\]」』]*\s*$/;

function stopsMidSentence(line: string, language: 'ko' | 'en'): boolean {
  const text = line.trim();
  if (text.length < CUT_OFF_MIN_CHARS[language]) return false;
  if (SENTENCE_END.test(text)) return false;
  return !(language === 'ko' && KOREAN_SENTENCE_END.test(text));
}

interface Grid {
  korean: Side;
  english: Side;
  band: Band;
  anchors: AnchorEvidence;
  /**
   * Per band cell and linking shape: the part of the bead's cost that does not depend on the
   * length ratio (prior, furniture, sentences, anchors), NaN until computed. The second pass with
   * the document's own ratio reuses it: it is most of a bead's price (the anchor sums), and the
   * second pass cost as much as the first before (issue 6: 200 × 200 took 12–18 ms).
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

function cumulative(count: number, valueAt: (index: number) => number): Float64Array {
  const sums = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) sums[index + 1] = sums[index] + valueAt(index);
  return sums;
}

function describeBonusLimits(anchors: AnchorEvidence, band: Band, koCount: number, enCount: number): BonusLimits {
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
function bonusLimit(grid: Grid, shape: BeadShape, koStart: number, enStart: number): number {
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
const LINKING_SHAPES = BEADS.filter((shape) => shape.ko > 0 && shape.en > 0).length;

interface Bead {
  shape: BeadShape;
  koStart: number;
  enStart: number;
  cost: number;
  confidence: number;
}

/** Viterbi over the band: cheapest sequence of beads from (0, 0) to (n, m). */
function bestBeads(grid: Grid, logRatio: number): Bead[] {
  const { band } = grid;
  const rows = band.rows;
  const cost = new Float64Array((rows + 1) * band.stride).fill(Infinity);
  const choice = new Uint8Array((rows + 1) * band.stride);
  const { firsts, lasts, stride } = band;
  const koUnpaired = grid.korean.unpairedCost;
  const enUnpaired = grid.english.unpairedCost;
  const evidenceCost = grid.evidenceCost;
  cost[0] = 0;
  for (let i = 0; i <= rows; i++) {
    const rowBase = i * stride - firsts[i];
    for (let j = firsts[i]; j <= lasts[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      // Leaving a line unpaired (shapes 1 and 2) is by far the most frequent step: no call.
      if (i > 0 && j >= firsts[i - 1] && j <= lasts[i - 1]) {
        best = cost[(i - 1) * stride + j - firsts[i - 1]] + koUnpaired[i - 1];
        bestShape = 1;
      }
      if (j > firsts[i]) {
        const total = cost[rowBase + j - 1] + enUnpaired[j - 1];
        if (total < best) {
          best = total;
          bestShape = 2;
        }
      }
      for (let shapeIndex = 0, linking = 0; shapeIndex < BEADS.length; shapeIndex++) {
        const shape = BEADS[shapeIndex];
        if (shape.ko === 0 || shape.en === 0) continue;
        const slot = (rowBase + j) * LINKING_SHAPES + linking++;
        const koStart = i - shape.ko;
        const enStart = j - shape.en;
        if (koStart < 0 || enStart < firsts[koStart] || enStart > lasts[koStart]) continue;
        const before = cost[koStart * stride + enStart - firsts[koStart]];
        if (before === Infinity) continue;
        const length = lengthCost(grid, shape, koStart, enStart, logRatio);
        let evidence = evidenceCost[slot];
        if (evidence !== evidence) {
          // Exact pruning: even with every anchor matched this bead cannot beat the best way in so far.
          if (before + length + shape.prior - bonusLimit(grid, shape, koStart, enStart) >= best) continue;
          evidence = evidenceCost[slot] = beadEvidenceCost(grid, shape, koStart, enStart);
        }
        const total = before + evidence + length;
        if (total < best) {
          best = total;
          bestShape = shapeIndex;
        }
      }
      cost[rowBase + j] = best;
      choice[rowBase + j] = bestShape;
    }
  }

  const beads: Bead[] = [];
  let i = rows;
  let j = band.columns;
  while (i > 0 || j > 0) {
    const shape = BEADS[choice[band.offset(i, j)]];
    const koStart = i - shape.ko;
    const enStart = j - shape.en;
    const beadPrice = beadCost(grid, shape, koStart, enStart, logRatio);
    const margin = cheapestAlternative(grid, shape, koStart, enStart, logRatio) - beadPrice;
    beads.push({
      shape,
      koStart,
      enStart,
      cost: beadPrice,
      confidence: 1 / (1 + Math.exp(-(margin - CONFIDENCE_MIDPOINT) / CONFIDENCE_SCALE)),
    });
    i = koStart;
    j = enStart;
  }
  return beads.reverse();
}

/**
 * The cheapest other way to account for the same lines: all of them unpaired, or (for a merge
 * or split) one one-to-one link inside the bead with the other lines unpaired, or (2:2) two
 * one-to-one links. How much the chosen bead beats it is what its confidence reports.
 */
function cheapestAlternative(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
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
function beadCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
  if (shape.en === 0) return grid.korean.unpairedCost[koStart];
  if (shape.ko === 0) return grid.english.unpairedCost[enStart];
  const evidence = beadEvidenceCost(grid, shape, koStart, enStart);
  return evidence === Infinity ? Infinity : evidence + lengthCost(grid, shape, koStart, enStart, logRatio);
}

/** The length term of a linking bead: how far its English/Korean length ratio is from the document's. */
function lengthCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number, logRatio: number): number {
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
function beadEvidenceCost(grid: Grid, shape: BeadShape, koStart: number, enStart: number): number {
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

function sumRange(values: Float64Array, start: number, count: number): number {
  let total = 0;
  for (let k = start; k < start + count; k++) total += values[k];
  return total;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
