// What a chart shows, as plain data; chart-config.ts decides how it looks.
import type { IndicatorProgress } from '../../compute/indicator-progress.ts';

export interface Point {
  year: number;
  value: number;
}

export interface IndicatorChartSpec {
  type: 'indicator';
  unit?: string;
  /** Every fiscal year on the axis, in order. */
  years: number[];
  reportYear: number;
  actuals: Point[];
  /** Stated targets and the final target. */
  targets: Point[];
  baseline?: Point;
  /** The straight line from the starting point to the final target. */
  finalLine?: [Point, Point];
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

/** The chart of one numeric indicator, or undefined when it has fewer than two points in time. */
export function indicatorChartSpec(p: IndicatorProgress, planFirstYear: number): IndicatorChartSpec | undefined {
  const { indicator, year } = p;
  if (indicator.direction === 'qualitative') return undefined;
  const actuals = [...(indicator.actuals ?? [])]
    .filter(([y, a]) => y <= year && a.value !== undefined)
    .map(([y, a]) => ({ year: y, value: a.value! }));
  const targets = [...(indicator.targets ?? [])].filter(([, t]) => t.value !== undefined).map(([y, t]) => ({ year: y, value: t.value! }));
  const final = p.final?.fiscalYear !== undefined ? { year: p.final.fiscalYear, value: p.final.value } : undefined;
  if (final && !targets.some((t) => t.year === final.year)) targets.push(final);
  const b = indicator.baseline;
  const baseline = b?.value !== undefined && b.fiscalYear !== undefined ? { year: b.fiscalYear, value: b.value } : undefined;
  const start = indicator.accumulation === '累計' ? { year: planFirstYear - 1, value: 0 } : baseline;

  const points = [...actuals, ...targets, ...(baseline ? [baseline] : [])];
  if (new Set(points.map((q) => q.year)).size < 2) return undefined;
  const forecast: [Point, Point] | undefined =
    p.forecast && p.current ? [p.current, { year: p.forecast.finalYear, value: p.forecast.value }] : undefined;
  const finalLine: [Point, Point] | undefined = start && final && start.year < final.year ? [start, final] : undefined;
  const allYears = [...points, ...(finalLine ?? []), ...(forecast ?? [])].map((q) => q.year);
  const first = Math.min(...allYears);
  const last = Math.max(...allYears, year);
  return {
    type: 'indicator',
    unit: indicator.unit && indicator.unit !== 'なし' ? indicator.unit : undefined,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    reportYear: year,
    actuals: actuals.sort((x, y) => x.year - y.year),
    targets: targets.sort((x, y) => x.year - y.year),
    baseline,
    finalLine,
    forecast,
  };
}
