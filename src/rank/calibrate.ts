/**
 * Calibration: the raw score (prior and evidence combined, index.ts) mapped to
 * how often a first-ranked difference with that score was the real cause. A
 * monotone piecewise-linear map, so the order never changes.
 *
 * Fitted on the train split of eval/cases only (never on test) by
 * `node dist/eval/cli.js --fit-calibration` (src/eval/fit-calibration.ts): per
 * raw-score bin, the share of first-ranked differences that were right, shrunk
 * toward the raw score by 40 pseudo-cases — the tables were tuned on those
 * cases, so their hit rate (nearly 100 % in every bin) overstates how often an
 * unseen failure is right — made monotone (pool adjacent violators); knots at
 * each bin's mean raw score. Applied only with a log (the data it was fitted
 * on all have one). `npm run eval` prints the resulting calibration table for
 * train and test; refit when the model changes.
 */

/** [raw, calibrated] knots, both increasing. */
const KNOTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.091, 0.154],
  [0.163, 0.256],
  [0.253, 0.37],
  [0.346, 0.418],
  [0.468, 0.516],
  [0.545, 0.663],
  [0.652, 0.732],
  [0.751, 0.797],
  [0.873, 0.913],
  [0.94, 0.975],
  [1, 0.988],
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

/**
 * The raw score a calibrated one came from (the map is strictly increasing, so
 * this is exact up to the rounding of reported scores): lets the evaluation
 * refit the map from ranked output without exposing raw scores in it.
 */
export function uncalibrate(score: number): number {
  if (!(score > 0)) return 0;
  for (let i = 1; i < KNOTS.length; i++) {
    const [x1, y1] = KNOTS[i]!;
    if (score <= y1) {
      const [x0, y0] = KNOTS[i - 1]!;
      return x0 + ((score - y0) * (x1 - x0)) / (y1 - y0);
    }
  }
  return 1;
}
