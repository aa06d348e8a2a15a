import { describe, expect, test } from 'vitest';
import { indicatorChartSpec } from '../../src/render/charts/chart-spec.ts';
import { progressIn } from '../compute/helpers.ts';

describe('the chart of one indicator', () => {
  test('has the baseline, the targets, the actuals up to the year, the line to the final target and the forecast', () => {
    const p = progressIn(2024, {
      baseline: { value: 100, fiscalYear: 2021 },
      targets: { 2023: 130 },
      finalTarget: { value: 160, fiscalYear: 2026 },
      actuals: { 2022: 110, 2023: 125, 2025: 999 },
    });
    const spec = indicatorChartSpec(p, 2022)!;
    expect(spec.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(spec.baseline).toEqual({ year: 2021, value: 100 });
    expect(spec.targets).toEqual([{ year: 2023, value: 130 }, { year: 2026, value: 160 }]);
    // The 2025 actual lies after the report year and is not drawn.
    expect(spec.actuals).toEqual([{ year: 2022, value: 110 }, { year: 2023, value: 125 }]);
    expect(spec.finalLine).toEqual([{ year: 2021, value: 100 }, { year: 2026, value: 160 }]);
    // Least squares through (2021,100) (2022,110) (2023,125): slope 12.5, mean (2022, 111.67) → 2026: 161.67.
    expect(spec.forecast?.[0]).toEqual({ year: 2023, value: 125 });
    expect(spec.forecast?.[1].year).toBe(2026);
    expect(spec.forecast?.[1].value).toBeCloseTo(161.667, 3);
  });

  test('of a 累計 indicator draws the line to the final target from zero in the year before the plan', () => {
    const spec = indicatorChartSpec(progressIn(2024, { accumulation: '累計', finalTarget: { value: 40, fiscalYear: 2025 }, targets: { 2022: 10 } }), 2022)!;
    expect(spec.finalLine).toEqual([{ year: 2021, value: 0 }, { year: 2025, value: 40 }]);
  });

  test('is not drawn with fewer than two points in time', () => {
    expect(indicatorChartSpec(progressIn(2024, { targets: { 2024: 1200 } }), 2022)).toBeUndefined();
  });
});
