import { describe, expect, it } from 'vitest';
import { finalTarget, statedTargets, targetForYear } from '../../src/compute/target-for-year.ts';
import { indicatorDecimals } from '../../src/model/precision.ts';
import { ind } from './helpers.ts';

const target = (fields: Record<string, unknown>, year: number) => {
  const i = ind(fields);
  return targetForYear(i, year, indicatorDecimals(i));
};

describe('the target a year is measured against', () => {
  it('is the stated target when the plan sets one for the year', () => {
    expect(target({ targets: { 2024: 3400 } }, 2024)).toMatchObject({ kind: 'stated', stated: { value: 3400, fiscalYear: 2024, final: false } });
  });

  it('is a 目安 on the line between baseline and final target, and the stated target shown is the final one', () => {
    // 21 + (35 − 21) × (2023 − 2021) ÷ (2025 − 2021) = 21 + 14 × 2 ÷ 4 = 28
    const t = target({ baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 } }, 2023);
    expect(t).toMatchObject({ kind: 'guide', value: 28, stated: { value: 35, fiscalYear: 2025, final: true } });
  });

  it('rounds a 目安 for a count to a whole number (111名 → 300名: 111 + 189 × 3 ÷ 4 = 252.75 → 253名)', () => {
    const t = target({ unit: '名', baseline: { value: 111, fiscalYear: 2021 }, finalTarget: { value: 300, fiscalYear: 2025 } }, 2024);
    expect(t).toMatchObject({ kind: 'guide', value: 253, exact: 252.75, decimals: 0 });
  });

  it('rounds a 目安 for a rate to the decimals the plan uses (67.6% → 70%: 67.6 + 2.4 × 8 ÷ 9 = 69.733… → 69.7%)', () => {
    const t = target({ unit: '%', baseline: { value: 67.6, fiscalYear: 2016 }, finalTarget: { value: 70, fiscalYear: 2025 } }, 2024);
    expect(t).toMatchObject({ kind: 'guide', value: 69.7, decimals: 1 });
  });

  it('keeps the decimals the document prints, trailing zeros included (90.40% → 94.34% in 2023, 2022: 92.37%)', () => {
    // 90.40 + 3.94 × 1 ÷ 2 = 92.37
    const t = target({ unit: '%', baseline: { value: 90.4, text: '90.40%', fiscalYear: 2021 }, finalTarget: { value: 94.34, fiscalYear: 2023 } }, 2022);
    expect(t).toMatchObject({ kind: 'guide', value: 92.37, decimals: 2 });
  });

  it('interpolates between stated yearly targets when the year falls between them', () => {
    // 73 (2022) … 79 (2024): 73 + (79 − 73) × 1 ÷ 2 = 76
    expect(target({ targets: { 2022: 73, 2024: 79 } }, 2023)).toMatchObject({
      kind: 'guide',
      value: 76,
      from: { year: 2022, value: 73 },
      to: { year: 2024, value: 79 },
    });
  });

  it('is the final target once its year has passed (a 2023 target read in 2025)', () => {
    const t = target({ baseline: { value: 38.2, fiscalYear: 2018 }, finalTarget: { value: 60, fiscalYear: 2023 } }, 2025);
    expect(t).toMatchObject({ kind: 'final-passed', stated: { value: 60, fiscalYear: 2023, final: true } });
  });

  it('holds a 以上 target flat in the years before its own: 99.1%以上 in 2025 is the level in 2023, with no 目安', () => {
    const t = target(
      { unit: '%', direction: 'maintain', comparator: '以上', baseline: { value: 99.2, fiscalYear: 2021 }, finalTarget: { value: 99.1, fiscalYear: 2025 } },
      2023,
    );
    expect(t).toMatchObject({ kind: 'threshold', reason: 'comparator', stated: { value: 99.1, comparator: '以上' } });
  });

  it('holds a 維持 target flat even where it equals the baseline', () => {
    const t = target({ unit: '施設', direction: 'maintain', baseline: { value: 2, fiscalYear: 2021 }, finalTarget: { value: 2, fiscalYear: 2025 } }, 2023);
    expect(t).toMatchObject({ kind: 'threshold', reason: 'maintain', stated: { value: 2 } });
  });

  it('holds a target set below the baseline of a more-is-better figure flat: it is a floor, not a planned decline', () => {
    const t = target({ unit: '億円', baseline: { value: 4337, fiscalYear: 2019 }, finalTarget: { value: 3724, fiscalYear: 2024 } }, 2022);
    expect(t).toMatchObject({ kind: 'threshold', reason: 'not-better', stated: { value: 3724, fiscalYear: 2024 } });
  });

  it('counts a running total from its baseline when the baseline is a total from the same start (1999年度からの累計)', () => {
    // 6,351,493 + (8,308,557 − 6,351,493) × 3 ÷ 4 = 6,351,493 + 1,467,798 = 7,819,291
    const t = target(
      {
        unit: '千円',
        accumulation: '累計',
        cumulativeFrom: 1999,
        baseline: { value: 6351493, fiscalYear: 2021 },
        finalTarget: { value: 8308557, fiscalYear: 2025 },
      },
      2024,
    );
    expect(t).toMatchObject({ kind: 'guide', value: 7819291, from: { label: '基準値', year: 2021, value: 6351493 } });
  });

  it('counts a total over the plan period (4年間累計) from 0 at the end of the year before it, whatever the earlier baseline', () => {
    // 0 (end of 2021) … 652,000 (2025): 652,000 × 3 ÷ 4 = 489,000
    const t = target(
      {
        unit: '千円',
        accumulation: '累計',
        cumulativeFrom: 2022,
        baseline: { value: 71797, fiscalYear: 2021 },
        finalTarget: { value: 652000, fiscalYear: 2025 },
      },
      2024,
    );
    expect(t).toMatchObject({ kind: 'guide', value: 489000, from: { label: '累計の起点', year: 2021, value: 0 } });
  });

  it('has nothing to measure against without a baseline, but still names the next stated target', () => {
    const t = target({ finalTarget: { value: 70, fiscalYear: 2025 } }, 2023);
    expect(t).toMatchObject({ kind: 'none', stated: { value: 70, fiscalYear: 2025 } });
  });

  it('has nothing to measure against after the last yearly target when the plan sets no final one', () => {
    const t = target({ unit: '万円', comparator: '以上', targets: { 2021: 60, 2022: 60 } }, 2024);
    expect(t).toMatchObject({ kind: 'none', stated: { value: 60, fiscalYear: 2022 } });
  });

  it('has nothing to measure against before the baseline year', () => {
    expect(target({ baseline: { value: 21, fiscalYear: 2021 }, finalTarget: { value: 35, fiscalYear: 2025 } }, 2020).kind).toBe('none');
  });

  it('reads a target in points as the baseline moved by the change (最大4ポイント改善: 10.5% + 4 = 14.5%)', () => {
    const i = ind({ unit: '%', baseline: { value: 10.5, fiscalYear: 2019 }, finalTarget: { change: 4, fiscalYear: 2040 } });
    expect(finalTarget(i)).toMatchObject({ value: 14.5, fiscalYear: 2040, change: 4, final: true });
  });

  it('has no final value for a change whose baseline is unknown (調査中)', () => {
    expect(finalTarget(ind({ unit: '%', baseline: { text: '調査中' }, finalTarget: { change: 4, fiscalYear: 2040 } }))).toBeUndefined();
  });

  it('lists a final target without a year after every yearly one', () => {
    const years = statedTargets(ind({ targets: { 2022: 73, 2024: 79 }, finalTarget: { value: 85 } })).map((t) => t.fiscalYear);
    expect(years).toEqual([2022, 2024, undefined]);
  });
});
