import { describe, expect, it } from 'vitest';
import { progressIn } from './helpers.ts';

describe('edge cases', () => {
  it('no baseline: no 進捗率, pace measured from the first actual ((30 − 20) ÷ (2024 − 2022) = 5 a year)', () => {
    const p = progressIn(2024, { targets: { 2024: 40 }, finalTarget: { value: 50, fiscalYear: 2025 }, actuals: { 2022: 20, 2024: 30 } });
    expect(p.progress).toBeUndefined();
    expect(p.pace!.achieved!.value).toBe(5);
    // needed: (50 − 30) ÷ (2025 − 2024) = 20 a year
    expect(p.pace!.needed!.value).toBe(20);
    expect(p.forecast).toMatchObject({ method: '2点を結ぶ直線', value: 35, meetsFinal: false });
  });

  it('a percentage with a target in points: (12.5 − 10.5) ÷ (14.5 − 10.5) = 50% of the way', () => {
    const p = progressIn(2030, {
      unit: '%',
      baseline: { value: 10.5, fiscalYear: 2019 },
      finalTarget: { change: 4, fiscalYear: 2040 },
      actuals: { 2030: 12.5 },
    });
    expect(p.final).toMatchObject({ value: 14.5, fiscalYear: 2040, change: 4 });
    expect(p.progress!.value).toBeCloseTo(0.5, 12);
    // 目安 for 2030 on the line: 10.5 + 4 × (2030 − 2019) ÷ (2040 − 2019) = 10.5 + 44 ÷ 21 = 12.595… → 12.6 (one decimal, as 10.5)
    expect(p.target).toMatchObject({ kind: 'guide', value: 12.6 });
    // 達成率 = 12.5 ÷ 12.6 = 99.2% → 概ね順調
    expect(p.status.label).toBe('概ね順調');
  });

  it('a final year already passed: no forecast and no needed pace, the gap to the final target still shown', () => {
    const p = progressIn(2026, { baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 }, actuals: { 2025: 30, 2026: 33 } });
    expect(p.target).toMatchObject({ kind: 'final-passed', stated: { value: 35, fiscalYear: 2025 } });
    expect(p.forecast).toBeUndefined();
    expect(p.pace!.needed).toBeUndefined();
    expect(p.gapToFinal!.value).toBe(-2);
  });

  it('a 累計 indicator measures its running total against the cumulative line (450 of 600 → 75% → 遅れ)', () => {
    const p = progressIn(2023, {
      accumulation: '累計',
      cumulativeFrom: 2022,
      finalTarget: { value: 1200, fiscalYear: 2025 },
      actuals: { 2022: 200, 2023: 450 },
    });
    // 目安 2023 on the cumulative line from 0 at the end of 2021: 1200 × (2023 − 2021) ÷ (2025 − 2021) = 600
    expect(p.target).toMatchObject({ kind: 'guide', value: 600 });
    expect(p.achievement!.ratio!.value).toBe(0.75);
    expect(p.status.label).toBe('遅れ');
  });

  it('a 単年度 indicator is measured year by year against the same yearly level (35件/年: 28 ÷ 35 = 80%)', () => {
    const p = progressIn(2025, {
      accumulation: '単年度',
      baseline: { value: 21, fiscalYear: 2021 },
      finalTarget: { value: 35, fiscalYear: 2025 },
      actuals: { 2025: 28 },
    });
    expect(p.achievement!.ratio!.value).toBe(0.8);
    expect(p.status.label).toBe('概ね順調');
  });

  it('keeps which year an actual came from when the report year is unreported', () => {
    const p = progressIn(2025, { baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 }, actuals: { 2023: 28 } });
    expect(p.status.label).toBe('照会前');
    expect(p.current).toEqual({ year: 2023, value: 28 });
    // 進捗率 from the 2023 actual: (28 − 21) ÷ (35 − 21) = 50%
    expect(p.progress!.value).toBe(0.5);
  });
});
