/** Fisher's exact test and robust spread against values computed independently (R's fisher.test, by hand). */
import { describe, expect, it } from 'vitest';
import { fisherGreater } from '../../src/fleet/fisher.js';
import { median, robustScores, scaledMad } from '../../src/fleet/robust.js';

describe('fisherGreater (one-sided, failures enriched with the value)', () => {
  // [a b; c d] -> p, from R: fisher.test(matrix(c(a, c, b, d), 2), alternative = "greater")$p.value
  it.each([
    [3, 0, 0, 45, 1 / 17296], // 3 of 48 runners, all failing: 1 / choose(48, 3)
    [1, 0, 0, 47, 1 / 48],
    [3, 1, 1, 3, 0.2428571],
    [9, 0, 0, 39, 1 / 1677106640],
    [2, 2, 2, 2, 0.7571429],
    [0, 5, 5, 0, 1],
    [5, 0, 0, 5, 1 / 252],
  ])('table [%i %i; %i %i] -> p = %f', (a, b, c, d, p) => {
    expect(fisherGreater(a, b, c, d)).toBeCloseTo(p, 6);
  });

  it('never exceeds 1 and shrinks as the table concentrates', () => {
    expect(fisherGreater(1, 1, 1, 1)).toBeLessThanOrEqual(1);
    expect(fisherGreater(4, 0, 0, 4)).toBeLessThan(fisherGreater(3, 1, 1, 3));
  });
});

describe('robust spread', () => {
  it('median of odd and even lists', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('scaled MAD estimates sigma and ignores the outlier', () => {
    expect(scaledMad([1, 2, 3, 4, 100], 3)).toBeCloseTo(1.4826, 4);
  });

  it('scores one far value beyond 3.5 and the rest within', () => {
    const scores = robustScores([40, 42, 45, 47, 50, 52, 55, 0.4].map(Math.log));
    expect(scores.at(-1)!).toBeLessThan(-3.5);
    for (const s of scores.slice(0, -1)) expect(Math.abs(s)).toBeLessThan(3.5);
  });

  it('with most values equal (MAD 0), only a value off by more than the floor is far', () => {
    expect(robustScores([1024, 1024, 1024, 1024, 1030])).toEqual([0, 0, 0, 0, 0]);
    const scores = robustScores([1048576, 1048576, 1048576, 1024]);
    expect(scores.slice(0, 3)).toEqual([0, 0, 0]);
    expect(scores[3]).toBe(Number.NEGATIVE_INFINITY);
  });
});
