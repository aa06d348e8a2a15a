import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/compute/forecast.ts';
import { gap, pace, progressRate } from '../../src/compute/progress-rate.ts';
import { progressIn } from './helpers.ts';

describe('達成率 against the year’s target', () => {
  it('increase: actual ÷ target (2,800 ÷ 3,400 = 82.35…%)', () => {
    const p = progressIn(2024, { targets: { 2024: 3400 }, actuals: { 2024: 2800 } });
    expect(p.achievement!.ratio!.value).toBeCloseTo(2800 / 3400, 12);
    expect(p.achievement!.ratio!.formula).toBe('実績値 ÷ 目標値');
    expect(p.status.label).toBe('概ね順調');
  });

  it('decrease: target ÷ actual (30日 ÷ 35.7日 = 84.03…%)', () => {
    const p = progressIn(2024, { unit: '日', direction: 'decrease', targets: { 2024: 30 }, actuals: { 2024: 35.7 } });
    expect(p.achievement!.ratio!.value).toBeCloseTo(30 / 35.7, 12);
    expect(p.status.label).toBe('概ね順調');
  });

  it('decrease with an actual of 0: met, no ratio, 達成', () => {
    const p = progressIn(2024, { direction: 'decrease', targets: { 2024: 5 }, actuals: { 2024: 0 } });
    expect(p.achievement!.met).toBe(true);
    expect(p.achievement!.ratio).toBeUndefined();
    expect(p.status.label).toBe('達成');
  });

  it('decrease with target 0 and an actual above it: 0 ÷ 2 = 0%, 大幅な遅れ', () => {
    const p = progressIn(2024, { direction: 'decrease', targets: { 2024: 0 }, actuals: { 2024: 2 } });
    expect(p.achievement!.ratio!.value).toBe(0);
    expect(p.status.label).toBe('大幅な遅れ');
  });

  it('maintain 以上, met: 100% (91.8% against 80%以上)', () => {
    const p = progressIn(2024, { unit: '%', direction: 'maintain', comparator: '以上', targets: { 2024: 80 }, actuals: { 2024: 91.8 } });
    expect(p.achievement).toMatchObject({ met: true, ratio: { value: 1 } });
    expect(p.status.label).toBe('達成');
  });

  it('maintain 以上, missed: graded like an increase (72 ÷ 80 = 90%)', () => {
    const p = progressIn(2024, { unit: '%', direction: 'maintain', comparator: '以上', targets: { 2024: 80 }, actuals: { 2024: 72 } });
    expect(p.achievement).toMatchObject({ met: false, ratio: { value: 0.9 } });
  });

  it('maintain 以下, missed: graded like a decrease (10 ÷ 12.5 = 80%)', () => {
    const p = progressIn(2024, { unit: '%', direction: 'maintain', comparator: '以下', targets: { 2024: 10 }, actuals: { 2024: 12.5 } });
    expect(p.achievement).toMatchObject({ met: false, ratio: { value: 0.8 } });
    expect(p.status.label).toBe('概ね順調');
  });

  it('negative values: measured from the baseline ((−0.5 − (−1)) ÷ (1 − (−1)) = 25%)', () => {
    const p = progressIn(2024, { unit: '%', baseline: { value: -1, fiscalYear: 2021 }, targets: { 2024: 1 }, actuals: { 2024: -0.5 } });
    expect(p.achievement!.ratio!.value).toBeCloseTo(0.25, 12);
    expect(p.achievement!.ratio!.formula).toBe('（実績値 − 基準値）÷（目標値 − 基準値）');
  });

  it('a negative target: ((−2 − (−3)) ÷ (−1 − (−3)) = 50%)', () => {
    const p = progressIn(2024, { unit: '人', baseline: { value: -3, fiscalYear: 2021 }, targets: { 2024: -1 }, actuals: { 2024: -2 } });
    expect(p.achievement!.ratio!.value).toBeCloseTo(0.5, 12);
    expect(p.status.label).toBe('遅れ');
  });
});

const base = (value: number) => ({ year: 2021, value, kind: 'baseline' as const, label: '基準値' });
const rate = (r: ReturnType<typeof progressRate>) => ('rate' in r ? r.rate.value : undefined);

describe('進捗率 from the baseline toward the final target', () => {
  it('increase: (28 − 21) ÷ (35 − 21) = 50%', () => {
    expect(rate(progressRate(28, base(21), 35, 1))).toBe(0.5);
  });
  it('decrease: (32.85 − 35.7) ÷ (30 − 35.7) = −2.85 ÷ −5.7 = 50%', () => {
    expect(rate(progressRate(32.85, base(35.7), 30, -1))).toBeCloseTo(0.5, 12);
  });
  it('is not shown for a target equal to the baseline: a level to hold has no way to go', () => {
    expect(progressRate(1.02, base(1.05), 1.05, -1)).toEqual({ note: '最終目標値が基準値と同じ（水準を保つ目標）のため、進捗率は示しません' });
  });
  it('is not shown for a target below the baseline of a more-is-better figure', () => {
    expect('note' in progressRate(4000, base(4337), 3724, 1)).toBe(true);
  });
});

describe('gap, signed so that a shortfall is negative', () => {
  it('increase: 2,800 − 3,400 = −600', () => {
    expect(gap(2800, 3400, 1, '目標値', 0).value).toBe(-600);
  });
  it('decrease: 30 − 35.7 = −5.7 (behind), not +5.7', () => {
    expect(gap(35.7, 30, -1, '目標値', 1).value).toBeCloseTo(-5.7, 12);
  });
  it('decrease ahead of target: 30 − 28 = +2', () => {
    expect(gap(28, 30, -1, '目標値', 0).value).toBe(2);
  });
});

describe('pace', () => {
  it('needed (35 − 25) ÷ (2025 − 2023) = 5 a year against achieved (25 − 21) ÷ (2023 − 2021) = 2 a year', () => {
    const p = pace({ year: 2023, value: 25 }, { year: 2021, value: 21 }, { year: 2025, value: 35 }, 1, 0);
    expect([p.needed!.value, p.achieved!.value, p.onPace]).toEqual([5, 2, false]);
  });
  it('for a decrease, falling faster than needed is on pace: needed (30 − 34) ÷ 2 = −2, achieved (34 − 35.7) ÷ 1 = −1.7 → behind', () => {
    const p = pace({ year: 2023, value: 34 }, { year: 2022, value: 35.7 }, { year: 2025, value: 30 }, -1, 1);
    expect(p.needed!.value).toBe(-2);
    expect(p.achieved!.value).toBeCloseTo(-1.7, 12);
    expect(p.onPace).toBe(false);
  });
  it('a final year already passed needs no pace', () => {
    const p = pace({ year: 2025, value: 30 }, { year: 2021, value: 21 }, { year: 2025, value: 35 }, 1, 0);
    expect(p.needed).toBeUndefined();
    expect(p.note).toBe('最終目標の年度（2025年度）を過ぎています');
  });
});

describe('forecast', () => {
  it('least squares through three points: slope 5 ÷ 2 = 2.5, at 2025: 23.67 + 2.5 × 3 = 31.17, short of 35', () => {
    // mean year 2022, mean value 71/3; Σ(dx·dy) = (−1)(21 − 71/3) + (1)(26 − 71/3) = 5; Σdx² = 2
    const f = forecast(
      [
        { year: 2021, value: 21 },
        { year: 2022, value: 24 },
        { year: 2023, value: 26 },
      ],
      { year: 2025, value: 35 },
      1,
    )!;
    expect(f.method).toBe('最小二乗法による直線');
    expect(f.slope).toBeCloseTo(2.5, 12);
    expect(f.value).toBeCloseTo(71 / 3 + 7.5, 10);
    expect(f.meetsFinal).toBe(false);
  });
  it('a line through two points: 21 (2021) → 27 (2023), slope 3, reaches 33 in 2025', () => {
    const f = forecast(
      [
        { year: 2021, value: 21 },
        { year: 2023, value: 27 },
      ],
      { year: 2025, value: 33 },
      1,
    )!;
    expect([f.method, f.value, f.meetsFinal]).toEqual(['2点を結ぶ直線', 33, true]);
  });
  it('needs two different years', () => {
    expect(forecast([{ year: 2021, value: 21 }], { year: 2025, value: 35 }, 1)).toBeUndefined();
  });
  it('for a decrease, a forecast below the final target meets it', () => {
    const f = forecast(
      [
        { year: 2021, value: 40 },
        { year: 2023, value: 36 },
      ],
      { year: 2025, value: 33 },
      -1,
    )!;
    expect([f.value, f.meetsFinal]).toEqual([32, true]);
  });
});

describe('figures no city could sign, found in review', () => {
  it('a target stated as a change is rounded as the document writes it: 0.1 + 0.2 is 0.3, so an actual of 0.3 meets it', () => {
    const p = progressIn(2024, { unit: '%', baseline: { value: 0.1, fiscalYear: 2021 }, targets: { 2024: { change: 0.2 } }, actuals: { 2024: 0.3 } });
    expect(p.target).toMatchObject({ kind: 'stated', stated: { value: 0.3 } });
    expect(p.achievement!.met).toBe(true);
    expect(p.gapToTarget!.value).toBe(0);
  });

  it('a floor below a negative baseline is met or missed, with no quotient running backwards (baseline −5, floor −10)', () => {
    const met = progressIn(2024, { unit: '%', baseline: { value: -5, fiscalYear: 2021 }, targets: { 2024: -10 }, actuals: { 2024: -7 } });
    expect(met.achievement!.met).toBe(true);
    expect(met.achievement!.ratio).toBeUndefined();
    expect(met.status.label).toBe('達成');
    const missed = progressIn(2024, { unit: '%', baseline: { value: -5, fiscalYear: 2021 }, targets: { 2024: -10 }, actuals: { 2024: -12 } });
    expect(missed.achievement!.met).toBe(false);
    expect(missed.achievement!.ratio).toBeUndefined();
    expect(missed.status.label).toBe('評価不能');
  });

  it('a needed pace of a third of a 税目 a year is one a year, never ±0 ((6 − 5) ÷ 3 = 0.33 → 1)', () => {
    expect(pace({ year: 2022, value: 5 }, undefined, { year: 2025, value: 6 }, 1, 0).needed!.value).toBe(1);
  });

  it('a forecast that prints as the final target reaches it: 99.83 prints as 100件 and is 達成見込み', () => {
    // Least squares through (2021, 94) (2022, 95) (2023, 97): slope 1.5, mean (2022, 95.33) → 2025: 95.33 + 4.5 = 99.83 → 100件
    const p = progressIn(2023, { baseline: { value: 94, fiscalYear: 2021 }, finalTarget: { value: 100, fiscalYear: 2025 }, actuals: { 2022: 95, 2023: 97 } });
    expect(p.forecast).toMatchObject({ value: 100, meetsFinal: true });
  });
});
