/**
 * The part of the ko × en grid the aligner looks at: for Korean line i, English lines within
 * `halfWidth` of the diagonal i·m/n. Cells outside the band are never stored, so a
 * 3,000 × 3,000 article costs 3,001 × (2·halfWidth + 1) cells, not nine million.
 */
export interface Band {
  rows: number;
  columns: number;
  halfWidth: number;
  /** Cells per stored row. */
  stride: number;
  /** Per row: first and last column inside the band. */
  firsts: Int32Array;
  lasts: Int32Array;
  /** Offset of (row, column) in row-major band storage, or -1 when outside the band. */
  offset(row: number, column: number): number;
}

/** Up to this many lines per side every pair is considered (the whole grid is small). */
const FULL_GRID_LINES = 120;
/** Beyond that, how far from the diagonal a link may be, as a share of the longer side. */
const BAND_SHARE = 0.05;
/** At least this far: an English side that stops halfway through a 200-line article still fits. */
const MIN_HALF_WIDTH = 60;

export function bandFor(rows: number, columns: number): Band {
  const longer = Math.max(rows, columns);
  const halfWidth =
    longer <= FULL_GRID_LINES ? longer : Math.max(MIN_HALF_WIDTH, Math.ceil(longer * BAND_SHARE));
  const stride = 2 * halfWidth + 1;
  const slope = rows === 0 ? 0 : columns / rows;
  const firsts = new Int32Array(rows + 1);
  const lasts = new Int32Array(rows + 1);
  for (let row = 0; row <= rows; row++) {
    const centre = Math.round(row * slope);
    firsts[row] = Math.max(0, centre - halfWidth);
    lasts[row] = Math.min(columns, centre + halfWidth);
  }
  return {
    rows,
    columns,
    halfWidth,
    stride,
    firsts,
    lasts,
    offset(row, column) {
      if (row < 0 || row > rows || column < firsts[row] || column > lasts[row]) return -1;
      return row * stride + (column - firsts[row]);
    },
  };
}
