import { describe, expect, it } from 'vitest';
import { finalTargetValue, targetForYear } from '../../src/compute/target-for-year.ts';
import { ind } from './helpers.ts';

describe('target for the report year', () => {
  it('is the stated target when the document gives one', () => {
    expect(targetForYear(ind({ targets: { 2024: 3400 } }), 2024, 2022)).toEqual({ kind: 'stated', value: 3400 });
  });

  it('lies on the straight line between baseline and final target, marked as interpolated', () => {
    // 21 + (35 − 21) × (2023 − 2021) ÷ (2025 − 2021) = 21 + 14 × 2 ÷ 4 = 28
    const t = targetForYear(ind({ baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 } }), 2023, 2022);
    expect(t).toMatchObject({ kind: 'interpolated', value: 28 });
  });

  it('interpolates between stated yearly targets when the year falls between them', () => {
    // 73 (2022) … 79 (2024): 73 + (79 − 73) × 1 ÷ 2 = 76
    const t = targetForYear(ind({ targets: { 2022: 73, 2024: 79 } }), 2023, 2022);
    expect(t).toMatchObject({ kind: 'interpolated', value: 76 });
  });

  it('is the final target once its year has passed (a 2023 target read in 2025)', () => {
    const t = targetForYear(ind({ baseline: { value: 38.2, fiscalYear: 2018 }, finalTarget: { value: 60, fiscalYear: 2023 } }), 2025, 2020);
    expect(t).toEqual({ kind: 'final-passed', value: 60, finalYear: 2023 });
  });

  it('stays flat when the target equals the baseline', () => {
    const t = targetForYear(ind({ direction: 'maintain', comparator: '以下', baseline: { value: 1.05, fiscalYear: 2020 }, finalTarget: { value: 1.05, fiscalYear: 2025 } }), 2023, 2022);
    expect(t).toMatchObject({ kind: 'interpolated', value: 1.05 });
  });

  it('counts a 累計 target from zero before the plan began, not from the baseline', () => {
    // 0 (2021) … 1200 (2025): 1200 × (2023 − 2021) ÷ (2025 − 2021) = 600
    const t = targetForYear(ind({ accumulation: '累計', baseline: { value: 300, fiscalYear: 2021 }, finalTarget: { value: 1200, fiscalYear: 2025 } }), 2023, 2022);
    expect(t).toMatchObject({ kind: 'interpolated', value: 600 });
  });

  it('is absent without a baseline when only the final target is known', () => {
    expect(targetForYear(ind({ finalTarget: { value: 70, fiscalYear: 2025 } }), 2023, 2022).kind).toBe('none');
  });

  it('is absent before the baseline year', () => {
    expect(targetForYear(ind({ baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 } }), 2020, 2022).kind).toBe('none');
  });

  it('reads a target in points as the baseline moved by the change (最大4ポイント改善: 10.5% + 4 = 14.5%)', () => {
    const i = ind({ unit: '%', baseline: { value: 10.5, fiscalYear: 2019 }, finalTarget: { change: 4, fiscalYear: 2040 } });
    expect(finalTargetValue(i)).toEqual({ value: 14.5, fiscalYear: 2040, derivation: 'change' });
  });

  it('has no final value for a change whose baseline is unknown (調査中)', () => {
    expect(finalTargetValue(ind({ unit: '%', baseline: { text: '調査中' }, finalTarget: { change: 4, fiscalYear: 2040 } }))).toBeUndefined();
  });
});
