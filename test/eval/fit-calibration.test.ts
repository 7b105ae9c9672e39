/** Fitting the calibration map (src/eval/fit-calibration.ts) and reading raw scores back (calibrate.ts). */
import { describe, expect, it } from 'vitest';
import { fitCalibration } from '../../src/eval/fit-calibration.js';
import { calibrate, uncalibrate } from '../../src/rank/calibrate.js';

const points = (raw: number, n: number, right: number) => Array.from({ length: n }, (_, i) => ({ raw, right: i < right }));

describe('fitCalibration', () => {
  it('shrinks a bin that was always right toward its raw score: tuned-on cases overstate accuracy', () => {
    const knots = fitCalibration(points(0.55, 10, 10), { pseudoCases: 40 });
    const [, y] = knots.find(([x]) => x === 0.55)!;
    // (10 right + 40 * 0.55) / 50
    expect(y).toBeCloseTo(0.64, 3);
    expect(fitCalibration(points(0.55, 10, 10), { pseudoCases: 0 }).find(([x]) => x === 0.55)![1]).toBe(1);
  });

  it.each([
    ['all right', [...points(0.2, 10, 10), ...points(0.5, 10, 10), ...points(0.9, 50, 50)]],
    ['a low bin better than a high one', [...points(0.25, 30, 30), ...points(0.45, 30, 3), ...points(0.85, 30, 28)]],
    ['misses at the top', [...points(0.3, 5, 1), ...points(0.95, 60, 30)]],
  ])('is strictly increasing in both coordinates, from (0, 0) to (1, y ≤ 0.995): %s', (_, data) => {
    const knots = fitCalibration(data);
    expect(knots[0]).toEqual([0, 0]);
    expect(knots[knots.length - 1]![0]).toBe(1);
    expect(knots[knots.length - 1]![1]).toBeLessThanOrEqual(0.995);
    for (let i = 1; i < knots.length; i++) {
      expect(knots[i]![0]).toBeGreaterThan(knots[i - 1]![0]);
      expect(knots[i]![1]).toBeGreaterThan(knots[i - 1]![1]);
    }
  });

  it('pools a bin that did better than the next one (isotonic)', () => {
    const knots = fitCalibration([...points(0.25, 30, 30), ...points(0.45, 30, 3)], { pseudoCases: 0 });
    // One pooled block at the mean raw score, right 33 of 60.
    expect(knots).toEqual([
      [0, 0],
      [0.35, 0.55],
      [1, 0.775],
    ]);
  });

  it('ignores scores outside [0, 1]; without data the raw score stands', () => {
    expect(
      fitCalibration([
        { raw: Number.NaN, right: true },
        { raw: 2, right: false },
      ]),
    ).toEqual([
      [0, 0],
      [1, 0.995],
    ]);
  });
});

describe('uncalibrate', () => {
  it('reads back the raw score of every calibrated one (to the 4 decimals scores are reported with)', () => {
    for (let raw = 0.01; raw < 1; raw += 0.01) {
      const reported = Math.round(calibrate(raw) * 10000) / 10000;
      expect(uncalibrate(reported)).toBeCloseTo(raw, 2);
    }
    expect(uncalibrate(0)).toBe(0);
  });
});
