/**
 * Plain Gale–Church (1993) length-based alignment: the baseline `npm run bench:align` prints
 * beside our aligner. Characters only, no anchors, no furniture check, no band; the original
 * bead priors (1:1 0.89, 1:0/0:1 0.0099 each, 2:1/1:2 0.089 each, 2:2 0.011).
 */
import type { AlignmentLink } from '../lib/types';

/** English characters per Korean character and the variance per character of the difference. */
const EXPECTED_RATIO = 2.1;
const VARIANCE_PER_CHAR = 6.8;

const SHAPES = [
  { ko: 1, en: 1, prior: 0.89 },
  { ko: 1, en: 0, prior: 0.0099 },
  { ko: 0, en: 1, prior: 0.0099 },
  { ko: 2, en: 1, prior: 0.089 },
  { ko: 1, en: 2, prior: 0.089 },
  { ko: 2, en: 2, prior: 0.011 },
];

export function galeChurchAlign(ko: string[], en: string[]): AlignmentLink[] {
  const n = ko.length;
  const m = en.length;
  const koLength = ko.map((line) => line.length);
  const enLength = en.map((line) => line.length);
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const choice = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let s = 0; s < SHAPES.length; s++) {
        const shape = SHAPES[s];
        if (i < shape.ko || j < shape.en) continue;
        const before = cost[i - shape.ko][j - shape.en];
        if (before === Infinity) continue;
        let l1 = 0;
        let l2 = 0;
        for (let k = i - shape.ko; k < i; k++) l1 += koLength[k];
        for (let k = j - shape.en; k < j; k++) l2 += enLength[k];
        const total = before + matchCost(l1, l2) - Math.log(shape.prior);
        if (total < cost[i][j]) {
          cost[i][j] = total;
          choice[i][j] = s;
        }
      }
    }
  }
  const links: AlignmentLink[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const shape = SHAPES[choice[i][j]];
    if (shape.ko > 0 && shape.en > 0) {
      links.push({
        ko: Array.from({ length: shape.ko }, (_, k) => i - shape.ko + k),
        en: Array.from({ length: shape.en }, (_, k) => j - shape.en + k),
        confidence: 1,
      });
    }
    i -= shape.ko;
    j -= shape.en;
  }
  return links.reverse();
}

/** -log P(delta) for the length difference, delta = (l2 - c·l1) / sqrt(s²·mean length). */
function matchCost(l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2 / EXPECTED_RATIO) / 2;
  const delta = (l2 - l1 * EXPECTED_RATIO) / Math.sqrt(VARIANCE_PER_CHAR * mean);
  const probability = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(probability, 1e-300));
}

/** Abramowitz & Stegun 26.2.17. */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - tail;
}
