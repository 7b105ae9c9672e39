/**
 * Calibration: the raw score (prior and evidence combined, index.ts) mapped to
 * how often a first-ranked difference with that score was the real cause. A
 * monotone piecewise-linear map, so the order never changes.
 *
 * Fitted once on the train split of eval/cases (never on test): per score
 * bucket, the share of first-ranked differences that were right, shrunk toward
 * the raw score by 10 pseudo-cases, made monotone (pool adjacent violators);
 * knots at each bucket's mean raw score. Applied only with a log (the data it
 * was fitted on all have one). `npm run eval` prints the resulting
 * calibration table for train and test; refit when the model changes.
 */

/** [raw, calibrated] knots, both increasing. */
const KNOTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.2, 0.68],
  [0.4, 0.7],
  [0.54, 0.81],
  [0.66, 0.86],
  [0.75, 0.87],
  [0.87, 0.94],
  [0.94, 0.99],
  [1, 0.995],
];

export function calibrate(raw: number): number {
  if (!(raw > 0)) return 0;
  for (let i = 1; i < KNOTS.length; i++) {
    const [x1, y1] = KNOTS[i]!;
    if (raw <= x1) {
      const [x0, y0] = KNOTS[i - 1]!;
      return y0 + ((raw - x0) * (y1 - y0)) / (x1 - x0);
    }
  }
  return KNOTS[KNOTS.length - 1]![1];
}
