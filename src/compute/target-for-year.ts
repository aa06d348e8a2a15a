// What a fiscal year is measured against. A printed target is always one the plan states; where the
// plan states none for the year, a 目安 is derived on the straight line between the stated points
// around it, rounded to the precision the document uses, and always called a 目安.
import type { Comparator, Indicator } from '../model/indicator.ts';
import type { Sense } from './explained.ts';
import { indicatorDecimals } from '../model/precision.ts';
import { roundTo } from '../model/rounding.ts';

/** A target as the plan states it. */
export interface StatedTarget {
  value: number;
  /** The fiscal year it is set for; absent when the document gives none (a final target without a year). */
  fiscalYear?: number;
  comparator?: Comparator;
  /** The plan's final target, rather than one of its yearly targets. */
  final: boolean;
  /** Stated as a change from the baseline (「最大4ポイント改善」): `value` is the baseline moved by it. */
  change?: number;
  /** The document's wording. */
  text?: string;
}

/** A known point of an indicator's path: the baseline, the start of a running total, a stated target. */
export interface Anchor {
  year: number;
  value: number;
  /** 'origin': the 0 a running total starts from, at the end of `year`. */
  kind: 'baseline' | 'origin' | 'target';
  label: string;
}

/** Why a stated target holds as it is in the years before its own, rather than being approached along a line. */
export type ThresholdReason = 'comparator' | 'maintain' | 'not-better';

export type YearTarget =
  /** The plan states a target for the year itself. */
  | { kind: 'stated'; stated: StatedTarget }
  /** The next stated target is a level to hold (以上・以下・以内, 維持, or not beyond the baseline): the year is measured against it. */
  | { kind: 'threshold'; stated: StatedTarget; reason: ThresholdReason }
  /** The final target's year has passed: the final target still applies. */
  | { kind: 'final-passed'; stated: StatedTarget }
  /** No stated target for the year: a 目安 on the line from `from` to `to` (the next stated target), rounded. */
  | { kind: 'guide'; stated: StatedTarget; value: number; exact: number; decimals: number; from: Anchor; to: Anchor }
  /** Nothing to measure the year against; `stated` is the nearest target the plan states, for reference. */
  | { kind: 'none'; stated?: StatedTarget; reason: string };

/** Which way is better for the indicator's figures. Maintain reads its comparator; without one, more is better. */
export function senseOf(indicator: Indicator): Sense {
  if (indicator.direction === 'decrease') return -1;
  if (indicator.direction === 'maintain' && (indicator.comparator === '以下' || indicator.comparator === '以内')) return -1;
  return 1;
}

/** A stated value, or the baseline moved by a stated change, rounded as the document writes its figures (0.1 + 0.2 is 0.3). */
function fromChange(indicator: Indicator, target: { value?: number; change?: number }): number | undefined {
  if (target.value !== undefined) return target.value;
  const base = indicator.baseline?.value;
  return target.change !== undefined && base !== undefined ? roundTo(base + target.change, indicatorDecimals(indicator)) : undefined;
}

/** The final target as a number: stated, or the baseline moved by the stated change. */
export function finalTarget(indicator: Indicator): StatedTarget | undefined {
  const f = indicator.finalTarget;
  const value = f && fromChange(indicator, f);
  if (!f || value === undefined) return undefined;
  return { value, fiscalYear: f.fiscalYear, comparator: indicator.comparator, final: true, change: f.value === undefined ? f.change : undefined, text: f.text };
}

/** Every numeric target the plan states, in year order; a final target without a year comes last. */
export function statedTargets(indicator: Indicator): StatedTarget[] {
  const yearly = [...(indicator.targets ?? [])].flatMap(([year, t]): StatedTarget[] => {
    const value = fromChange(indicator, t);
    return value === undefined
      ? []
      : [{ value, fiscalYear: year, comparator: indicator.comparator, final: false, change: t.value === undefined ? t.change : undefined, text: t.text }];
  });
  const final = finalTarget(indicator);
  const all = final && !yearly.some((t) => t.fiscalYear === final.fiscalYear) ? [...yearly, final] : yearly;
  return all.sort((a, b) => (a.fiscalYear ?? Number.POSITIVE_INFINITY) - (b.fiscalYear ?? Number.POSITIVE_INFINITY));
}

/**
 * Where the indicator's path starts: for a running total, the baseline when it is a total from the
 * total's first year, else 0 at the end of the year before it; otherwise the baseline.
 */
export function startOf(indicator: Indicator): Anchor | undefined {
  const b = indicator.baseline;
  const baseline =
    b?.value !== undefined && b.fiscalYear !== undefined ? { year: b.fiscalYear, value: b.value, kind: 'baseline' as const, label: '基準値' } : undefined;
  const from = indicator.cumulativeFrom;
  if (indicator.accumulation !== '累計' || from === undefined) return baseline;
  return baseline && baseline.year >= from ? baseline : { year: from - 1, value: 0, kind: 'origin', label: '累計の起点' };
}

/** Whether `a` is better than `b` for the indicator. */
export const better = (sense: Sense, a: number, b: number) => sense * (a - b) > 0;

/** Why a stated target is a level to hold rather than a point to approach, or undefined. */
export function thresholdReason(indicator: Indicator, target: StatedTarget): ThresholdReason | undefined {
  if (target.comparator === '以上' || target.comparator === '以下' || target.comparator === '以内') return 'comparator';
  if (indicator.direction === 'maintain') return 'maintain';
  const start = startOf(indicator);
  if (start && !better(senseOf(indicator), target.value, start.value)) return 'not-better';
  return undefined;
}

function statedAnchor(t: StatedTarget & { fiscalYear: number }): Anchor {
  return { year: t.fiscalYear, value: t.value, kind: 'target', label: t.final ? '最終目標値' : `${t.fiscalYear}年度の目標値` };
}

/**
 * The target fiscal year `year` is measured against: the one the plan states for it; the next stated
 * one when that is a level to hold; the final one once its year has passed; otherwise a 目安 on the
 * line from the latest known point before the year to the next stated target, rounded to `decimals`.
 */
export function targetForYear(indicator: Indicator, year: number, decimals: number): YearTarget {
  const all = statedTargets(indicator);
  const here = all.find((t) => t.fiscalYear === year);
  if (here) return { kind: 'stated', stated: here };
  const next = all.find((t) => t.fiscalYear === undefined || t.fiscalYear > year);
  if (!next) {
    const last = all.at(-1);
    if (last?.final) return { kind: 'final-passed', stated: last };
    return {
      kind: 'none',
      stated: last,
      reason: last ? `${year}年度の目標値は示されていません（最後の目標値は${last.fiscalYear}年度のもの）` : '目標値が示されていません',
    };
  }
  const reason = thresholdReason(indicator, next);
  if (reason) return { kind: 'threshold', stated: next, reason };
  if (next.fiscalYear === undefined) return { kind: 'none', stated: next, reason: '最終目標の年度が示されていないため、この年度の目安は求められません' };

  const start = startOf(indicator);
  const earlier = [
    ...(start ? [start] : []),
    ...all.filter((t): t is StatedTarget & { fiscalYear: number } => t.fiscalYear !== undefined && t.fiscalYear < year).map(statedAnchor),
  ];
  const from = earlier.filter((a) => a.year < year).sort((a, b) => b.year - a.year)[0];
  if (!from) return { kind: 'none', stated: next, reason: noGuideReason(indicator, year, start) };
  const to = statedAnchor(next as StatedTarget & { fiscalYear: number });
  const exact = from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year);
  return { kind: 'guide', stated: next, value: roundTo(exact, decimals), exact, decimals, from, to };
}

function noGuideReason(indicator: Indicator, year: number, start: Anchor | undefined): string {
  const b = indicator.baseline;
  if (start?.year === year) return `${year}年度は基準値の年度で、この年度の目標値は示されていません`;
  if (start && start.year > year) return `${year}年度は基準値の年度（${start.year}年度）より前で、この年度の目標値は示されていません`;
  if (b?.value !== undefined && b.fiscalYear === undefined) return `${year}年度の目標値は示されておらず、基準値の年度が示されていないため目安は求められません`;
  return `${year}年度の目標値は示されておらず、基準値もないため目安は求められません`;
}

/** The value a year is measured against, when there is one. */
export function measureOf(t: YearTarget): number | undefined {
  if (t.kind === 'none') return undefined;
  return t.kind === 'guide' ? t.value : t.stated.value;
}
