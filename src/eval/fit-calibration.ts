/**
 * Fits the calibration map of src/rank/calibrate.ts from evaluated cases (the
 * train split only: `--fit-calibration` never reads test results).
 *
 * Per raw-score bin, the share of cases whose first-ranked difference was right,
 * shrunk toward the bin's mean raw score by `pseudoCases` imaginary cases, then
 * made monotone by pooling adjacent violators (isotonic regression, weighted by
 * the bin's cases plus its pseudo-cases). The shrinkage is deliberately strong:
 * the train cases are the ones the tables were tuned on, so their hit rate is
 * optimistic by construction (nearly every train bin is 100 % right), and a map
 * fitted to it alone would promise 0.95 for scores that unseen failures do not
 * earn. Knots sit at each pooled bin's mean raw score, with (0, 0) and (1, top)
 * as ends.
 */

export interface CalibrationPoint {
  /** Raw score of the first-ranked difference. */
  raw: number;
  /** Whether that difference was the expected one. */
  right: boolean;
}

export interface FitOptions {
  /** Width of a raw-score bin. */
  binWidth?: number;
  /** Imaginary cases per bin that are right with probability equal to the raw score. */
  pseudoCases?: number;
}

export type Knot = readonly [number, number];

interface Block {
  raw: number;
  rate: number;
  weight: number;
}

export function fitCalibration(points: CalibrationPoint[], options: FitOptions = {}): Knot[] {
  const width = options.binWidth ?? 0.1;
  const k = options.pseudoCases ?? 40;
  const bins = new Map<number, { n: number; right: number; rawSum: number }>();
  for (const p of points) {
    if (!(p.raw >= 0 && p.raw <= 1)) continue;
    const b = Math.min(Math.floor(p.raw / width), Math.ceil(1 / width) - 1);
    const bin = bins.get(b) ?? { n: 0, right: 0, rawSum: 0 };
    bin.n++;
    bin.right += p.right ? 1 : 0;
    bin.rawSum += p.raw;
    bins.set(b, bin);
  }
  const blocks: Block[] = [...bins.entries()]
    .sort(([x], [y]) => x - y)
    .map(([, bin]) => {
      const raw = bin.rawSum / bin.n;
      return { raw, rate: (bin.right + k * raw) / (bin.n + k), weight: bin.n + k };
    });
  // Pool adjacent violators: a higher raw score never maps to a lower probability.
  const pooled: Block[] = [];
  for (const block of blocks) {
    let cur = block;
    while (pooled.length > 0 && pooled[pooled.length - 1]!.rate >= cur.rate) {
      const prev = pooled.pop()!;
      const weight = prev.weight + cur.weight;
      cur = {
        raw: (prev.raw * prev.weight + cur.raw * cur.weight) / weight,
        rate: (prev.rate * prev.weight + cur.rate * cur.weight) / weight,
        weight,
      };
    }
    pooled.push(cur);
  }
  // No data: the raw score stands (capped like any fit).
  if (pooled.length === 0)
    return [
      [0, 0],
      [1, 0.995],
    ];
  const knots: Knot[] = [[0, 0]];
  for (const b of pooled) if (b.raw > 0 && b.raw < 1) knots.push([round(b.raw), round(b.rate)]);
  const last = knots[knots.length - 1]!;
  knots.push([1, round(Math.min(0.995, Math.max(last[1], (1 + last[1]) / 2)))]);
  return knots;
}

/** The knots as the TypeScript table calibrate.ts holds. */
export function formatKnots(knots: Knot[]): string {
  return knots.map(([x, y]) => `  [${x}, ${y}],`).join('\n');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
