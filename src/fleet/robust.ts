/**
 * Robust spread for numeric facts across a fleet: the median and the median
 * absolute deviation resist the very outliers we look for, where a mean and a
 * standard deviation would be dragged towards them. Pure.
 */

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median absolute deviation, scaled (×1.4826) to estimate σ for normal data. */
export function scaledMad(values: readonly number[], centre: number): number {
  const deviations = values.map((v) => Math.abs(v - centre)).sort((x, y) => x - y);
  return 1.4826 * median(deviations);
}

/**
 * Robust z-scores (Iglewicz and Hoaglin's modified z uses the same scale); a score
 * beyond ±3.5 is the usual outlier cut. When more than half the values are equal the
 * MAD is 0: then any value off the median by more than `relativeFloor` counts as far.
 */
export function robustScores(values: readonly number[], relativeFloor = 0.1): number[] {
  const sorted = [...values].sort((x, y) => x - y);
  const centre = median(sorted);
  const spread = scaledMad(values, centre);
  return values.map((v) => {
    if (spread > 0) return (v - centre) / spread;
    const off = Math.abs(v - centre) / Math.max(Math.abs(centre), 1e-9);
    return off > relativeFloor ? Math.sign(v - centre) * Number.POSITIVE_INFINITY : 0;
  });
}
