import { describe, expect, test } from 'vitest';
import { niceValueAxis } from '../../src/render/charts/value-axis.ts';
import { formatNumber } from '../../src/render/format-ja.ts';

describe('the value axis of an indicator chart', () => {
  test('of 1.47 and 1.48 with two decimals steps by 0.01 with room above and below: 1.46 to 1.49', () => {
    // Range 0.01, 5% headroom → 1.4695–1.4805; 0.01 is the finest step two decimals allow.
    expect(niceValueAxis([1.47, 1.48], 2)).toEqual({ min: 1.46, max: 1.49, step: 0.01, ticks: [1.46, 1.47, 1.48, 1.49], decimals: 2 });
  });

  test('of a count from 0 to 3 steps by whole numbers and starts at zero', () => {
    // 0–3.15 with headroom, never below 0: steps of 1 give 4 intervals.
    expect(niceValueAxis([0, 2, 3], 0).ticks).toEqual([0, 1, 2, 3, 4]);
  });

  test('of a count never steps by 2.5, where a figure with one decimal may', () => {
    // 0–10.5 in at most 5 steps: 2.5 would do, but a count takes 5; a figure with one decimal takes 2.5.
    expect(niceValueAxis([0, 10], 0).ticks).toEqual([0, 5, 10, 15]);
    expect(niceValueAxis([0, 10], 1).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  test('of 3 to 6 税目 has whole ticks from 2 to 7', () => {
    expect(niceValueAxis([3, 6], 0).ticks).toEqual([2, 3, 4, 5, 6, 7]);
  });

  test('never goes below zero when every figure is at least zero', () => {
    expect(niceValueAxis([0, 0.2], 1).min).toBe(0);
    expect(niceValueAxis([0], 0)).toMatchObject({ min: 0, ticks: [0, 1] });
  });

  test('goes below zero when a figure does', () => {
    // −120–50 with 8.5 headroom each way → −128.5–58.5, in steps of 50.
    expect(niceValueAxis([-120, 50], 0).ticks).toEqual([-150, -100, -50, 0, 50, 100]);
  });

  test('of a flat series still has a scale around it (1.05 with two decimals: 0.95 to 1.15)', () => {
    expect(niceValueAxis([1.05, 1.05], 2).ticks).toEqual([0.95, 1, 1.05, 1.1, 1.15]);
  });

  test('of large amounts steps by round figures (6,351,493 to 8,308,557千円 by 500,000)', () => {
    expect(niceValueAxis([6351493, 8308557], 0)).toMatchObject({ min: 6000000, max: 8500000, step: 500000 });
  });

  test('labels print with just the decimals of the step: 0.95, 1.00, 1.05', () => {
    const axis = niceValueAxis([1.05], 2);
    expect(axis.ticks.map((t) => formatNumber(t, axis.decimals))).toEqual(['0.95', '1.00', '1.05', '1.10', '1.15']);
  });

  test('ticks are distinct multiples of the precision, at most five steps, for many ranges', () => {
    for (const decimals of [0, 1, 2, 3]) {
      for (const [lo, hi] of [
        [0, 1],
        [1.47, 1.48],
        [99.58, 99.6],
        [0, 7],
        [12, 13],
        [-3.2, 4.1],
        [1000, 1003],
        [0.001, 0.004],
        [17.89, 36.69],
      ] as const) {
        const axis = niceValueAxis([lo, hi], decimals);
        const labels = axis.ticks.map((t) => formatNumber(t, axis.decimals));
        expect(new Set(labels).size).toBe(labels.length);
        expect(axis.ticks.length - 1).toBeLessThanOrEqual(5);
        for (const t of axis.ticks) expect(Math.abs(t * 10 ** decimals - Math.round(t * 10 ** decimals))).toBeLessThan(1e-6);
        expect(axis.min).toBeLessThanOrEqual(lo);
        expect(axis.max).toBeGreaterThanOrEqual(hi);
      }
    }
  });
});
