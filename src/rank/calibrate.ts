/**
 * Calibration: the raw score (prior and evidence combined, index.ts) mapped to
 * how often a first-ranked difference with that score was the real cause. A
 * monotone piecewise-linear map, so the order never changes.
 *
 * Fitted on the cases measured on arrival (eval/arrivals.json): each blind
 * round ranked once, by the model of its day, before anyone read its cases —
 * the failures the ranking had not seen, which is what a user brings. Fitted by
 * `node dist/eval/cli.js --fit-calibration --on-arrival`
 * (src/eval/fit-calibration.ts): per raw-score bin, the share that was right,
 * shrunk toward the raw score by 10 pseudo-cases and made monotone (pool
 * adjacent violators); knots at each pooled bin's mean raw score. The train
 * cases are not used: the tables were tuned on them, so they are right in
 * nearly every bin and would make every score look certain. The arrivals were
 * ranked by earlier models than today's, so the map errs low. Applied only
 * with a log (the data it was fitted on all have one). `npm run eval` prints
 * the calibration table of train, test and the arrivals; refit when rounds are
 * added.
 */

/** [raw, calibrated] knots, both increasing (fitted on 10,617 cases measured on arrival, rounds 17-461). */
const KNOTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.072, 0.269],
  [0.153, 0.479],
  [0.25, 0.519],
  [0.346, 0.63],
  [0.438, 0.707],
  [0.552, 0.752],
  [0.647, 0.773],
  [0.751, 0.868],
  [0.858, 0.886],
  [0.939, 0.959],
  [1, 0.98],
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
