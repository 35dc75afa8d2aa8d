/**
 * The aligner's search (lib/align/index.ts step 3): the cheapest sequence of beads through the band
 * around the diagonal, by dynamic programming over the cost model (cost.ts).
 */
import { BEADS, beadCost, beadEvidenceCost, bonusLimit, cheapestAlternative, CONFIDENCE_MIDPOINT, CONFIDENCE_SCALE, lengthCost, LINKING_SHAPES, type BeadShape, type Grid } from './cost';


export interface Bead {
  shape: BeadShape;
  koStart: number;
  enStart: number;
  cost: number;
  confidence: number;
}

/** Viterbi over the band: cheapest sequence of beads from (0, 0) to (n, m). */
export function bestBeads(grid: Grid, logRatio: number): Bead[] {
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

