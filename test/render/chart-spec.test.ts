import { describe, expect, test } from 'vitest';
import { indicatorChartSpec } from '../../src/render/charts/chart-spec.ts';
import { progressIn } from '../compute/helpers.ts';

describe('the chart of one indicator', () => {
  test('has the baseline, the stated targets, the actuals up to the year, the 目安 line through the stated targets and the forecast', () => {
    const p = progressIn(2024, {
      baseline: { value: 100, fiscalYear: 2021 },
      targets: { 2023: 130 },
      finalTarget: { value: 160, fiscalYear: 2026 },
      actuals: { 2022: 110, 2023: 125, 2025: 999 },
    });
    const spec = indicatorChartSpec(p)!;
    expect(spec.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(spec.baseline).toEqual({ year: 2021, value: 100 });
    expect(spec.targets).toEqual([
      { year: 2023, value: 130 },
      { year: 2026, value: 160 },
    ]);
    // The 2025 actual lies after the report year and is not drawn.
    expect(spec.actuals).toEqual([
      { year: 2022, value: 110 },
      { year: 2023, value: 125 },
    ]);
    // Through 130 in 2023, so the line passes the plan's own target and the 2024 目安 (130 + 30 × 1 ÷ 3 = 140).
    expect(spec.path).toEqual({
      kind: 'slope',
      points: [
        { year: 2021, value: 100 },
        { year: 2023, value: 130 },
        { year: 2026, value: 160 },
      ],
      label: '目安の線',
    });
    expect(p.target).toMatchObject({ kind: 'guide', value: 140 });
    // Least squares through (2021,100) (2022,110) (2023,125): slope 12.5, mean (2022, 111.67) → 2026: 161.67 → 162 (件, whole)
    expect(spec.forecast).toEqual([
      { year: 2023, value: 125 },
      { year: 2026, value: 162 },
    ]);
  });

  test('of a total since 1999 starts at its baseline, not at zero (3-2-2-6: 6,351,493千円 in 2021)', () => {
    const p = progressIn(2024, {
      unit: '千円',
      accumulation: '累計',
      cumulativeFrom: 1999,
      baseline: { value: 6351493, fiscalYear: 2021 },
      finalTarget: { value: 8308557, fiscalYear: 2025 },
      actuals: { 2022: 6800000 },
    });
    const spec = indicatorChartSpec(p)!;
    expect(spec.path).toMatchObject({
      kind: 'slope',
      points: [
        { year: 2021, value: 6351493 },
        { year: 2025, value: 8308557 },
      ],
    });
    expect(spec.baseline).toEqual({ year: 2021, value: 6351493 });
  });

  test('of a 4年間累計 starts at zero at the end of the year before the plan and leaves out the earlier single-year baseline', () => {
    const p = progressIn(2024, {
      unit: '千円',
      accumulation: '累計',
      cumulativeFrom: 2022,
      baseline: { value: 71797, fiscalYear: 2021 },
      finalTarget: { value: 652000, fiscalYear: 2025 },
      actuals: { 2022: 150000 },
    });
    const spec = indicatorChartSpec(p)!;
    expect(spec.path).toMatchObject({
      kind: 'slope',
      points: [
        { year: 2021, value: 0 },
        { year: 2025, value: 652000 },
      ],
    });
    expect(spec.baseline).toBeUndefined();
  });

  test('of a level to hold draws it flat, never as a slope from the baseline (85%以上を維持 from 89.4%)', () => {
    const p = progressIn(2024, {
      unit: '%',
      direction: 'maintain',
      comparator: '以上',
      baseline: { value: 89.4, fiscalYear: 2021 },
      finalTarget: { value: 85, text: '85%以上を維持', fiscalYear: 2025 },
      actuals: { 2022: 88.1 },
    });
    expect(indicatorChartSpec(p)!.path).toEqual({
      kind: 'level',
      points: [
        { year: 2021, value: 85 },
        { year: 2025, value: 85 },
      ],
      label: '目標の水準',
    });
  });

  test('is not drawn before any actual: a line from the baseline to the target only repeats the table', () => {
    expect(
      indicatorChartSpec(
        progressIn(2024, { baseline: { value: 1000, fiscalYear: 2021 }, targets: { 2024: 1200 }, finalTarget: { value: 1300, fiscalYear: 2025 } }),
      ),
    ).toBeUndefined();
  });

  test('is not drawn with fewer than two points in time', () => {
    expect(indicatorChartSpec(progressIn(2024, { targets: { 2024: 1200 }, actuals: { 2024: 1100 } }))).toBeUndefined();
  });
});
