// What a chart shows, as plain data; chart-config.ts decides how it looks.
import type { IndicatorProgress } from '../../compute/indicator-progress.ts';
import { startOf, statedTargets, thresholdReason } from '../../compute/target-for-year.ts';

export interface Point {
  year: number;
  value: number;
}

export interface IndicatorChartSpec {
  type: 'indicator';
  unit?: string;
  /** The decimals the plan uses for the figure: the value axis never steps finer (no 2.5件). */
  decimals: number;
  /** Every fiscal year on the axis, in order. */
  years: number[];
  reportYear: number;
  actuals: Point[];
  /** The targets the plan states, each in its year. */
  targets: Point[];
  /** The baseline, when it is on the indicator's scale (a figure from before a running total starts is not). */
  baseline?: Point;
  /**
   * The way to the final target: straight lines from the start (the baseline, or 0 where a running
   * total starts) through each stated target, on which each year's 目安 lies; or a flat line at a level.
   */
  path?: { kind: 'slope' | 'level'; points: Point[]; label: string };
  /** From the latest actual to the forecast value in the final target's year. */
  forecast?: [Point, Point];
}

export interface StatusChartSpec {
  type: 'status';
  /** One bar per group (the whole plan, then each top-level node). */
  groups: string[];
  statuses: Array<{ label: string; symbol?: string; neutral: boolean; counts: number[] }>;
}

export type ChartSpec = IndicatorChartSpec | StatusChartSpec;

/** The chart of one numeric indicator, or undefined when it has no actual or fewer than two points in time. */
export function indicatorChartSpec(p: IndicatorProgress): IndicatorChartSpec | undefined {
  const { indicator, year } = p;
  if (indicator.direction === 'qualitative') return undefined;
  const actuals = [...(indicator.actuals ?? [])].filter(([y, a]) => y <= year && a.value !== undefined).map(([y, a]) => ({ year: y, value: a.value! }));
  const targets = statedTargets(indicator).flatMap((t) => (t.fiscalYear === undefined ? [] : [{ year: t.fiscalYear, value: t.value }]));
  const start = startOf(indicator);
  const baseline = start?.label === '基準値' ? { year: start.year, value: start.value } : undefined;
  const final = p.final?.fiscalYear !== undefined ? p.final : undefined;

  // Without an actual a chart only redraws the plan's baseline and targets, which the table already gives.
  if (actuals.length === 0) return undefined;
  const points = [...actuals, ...targets, ...(start ? [start] : [])];
  if (new Set(points.map((q) => q.year)).size < 2) return undefined;
  const forecast: [Point, Point] | undefined = p.forecast && p.current ? [p.current, { year: p.forecast.finalYear, value: p.forecast.value }] : undefined;
  let path: IndicatorChartSpec['path'];
  if (final && start && start.year < final.fiscalYear!) {
    const to = { year: final.fiscalYear!, value: final.value };
    path = thresholdReason(indicator, final)
      ? { kind: 'level', points: [{ year: start.year, value: final.value }, to], label: '目標の水準' }
      : { kind: 'slope', points: [{ year: start.year, value: start.value }, ...targets.filter((t) => t.year > start.year)], label: '目安の線' };
  }
  const allYears = [...points, ...(path?.points ?? []), ...(forecast ?? [])].map((q) => q.year);
  const first = Math.min(...allYears);
  const last = Math.max(...allYears, year);
  return {
    type: 'indicator',
    unit: indicator.unit && indicator.unit !== 'なし' ? indicator.unit : undefined,
    decimals: p.decimals,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    reportYear: year,
    actuals: actuals.sort((x, y) => x.year - y.year),
    targets,
    baseline,
    path,
    forecast,
  };
}

/**
 * Whether the chart tells the reader more than the table beside it: false when no indicator has a
 * judged (non-neutral) status, for every bar is then one white band; true when two or more judged
 * statuses occur, for the bars show how they divide; with one judged status, true only when two
 * groups divide differently (say one all 達成, another half 未報告), since otherwise every bar is
 * the same single band and the chart only repeats the totals.
 */
export function statusChartInformative(spec: StatusChartSpec): boolean {
  const judged = spec.statuses.filter((s) => !s.neutral && s.counts.some((c) => c > 0));
  if (judged.length === 0) return false;
  if (judged.length > 1) return true;
  const totals = spec.groups.map((_, g) => spec.statuses.reduce((sum, s) => sum + (s.counts[g] ?? 0), 0));
  const filled = spec.groups.map((_, g) => g).filter((g) => totals[g]! > 0);
  // Same division: every status has the same share, compared without division (a/A = b/B ⇔ aB = bA).
  const same = (a: number, b: number) => spec.statuses.every((s) => (s.counts[a] ?? 0) * totals[b]! === (s.counts[b] ?? 0) * totals[a]!);
  return filled.some((g) => !same(g, filled[0]!));
}
