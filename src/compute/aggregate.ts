// Aggregates over indicator rows: counts by status, share achieved, the furthest behind.
import type { Rubric } from '../model/rubric.ts';
import type { IndicatorRow } from './plan-progress.ts';

export interface StatusCount {
  label: string;
  symbol?: string;
  neutral: boolean;
  count: number;
}

export interface Aggregate {
  total: number;
  /** In the rubric's order: bands first, then neutral states. Zero counts included, so tables line up. */
  byStatus: StatusCount[];
  /** Indicators with a band (not a neutral state). */
  evaluated: number;
  /** In the top band. */
  achieved: number;
  /** achieved ÷ evaluated; absent when nothing could be evaluated. */
  shareAchieved?: number;
  /** Evaluated indicators in a failure band, the lowest figure first. */
  furthestBehind: IndicatorRow[];
}

/** The figure a row was banded on, for ordering the furthest behind. */
function bandedFigure(row: IndicatorRow): number {
  return row.status.figure ?? Number.NEGATIVE_INFINITY;
}

export function aggregate(rows: readonly IndicatorRow[], rubric: Rubric, behindLimit = 5): Aggregate {
  const marks = [
    ...rubric.bands.map((b) => ({ label: b.label, symbol: b.symbol, neutral: false })),
    ...Object.values(rubric.states).map((s) => ({ label: s.label, symbol: s.symbol, neutral: true })),
  ];
  const byStatus = marks.map((m) => ({ ...m, count: rows.filter((r) => r.status.label === m.label && r.status.neutral === m.neutral).length }));
  const evaluated = rows.filter((r) => !r.status.neutral).length;
  const achieved = rows.filter((r) => !r.status.neutral && r.status.label === rubric.bands[0]!.label).length;
  const furthestBehind = rows
    .filter((r) => r.status.failure)
    .sort((a, b) => bandedFigure(a) - bandedFigure(b))
    .slice(0, behindLimit);
  return { total: rows.length, byStatus, evaluated, achieved, shareAchieved: evaluated > 0 ? achieved / evaluated : undefined, furthestBehind };
}

/** Rows grouped by a key; a row with several keys (a shared indicator) counts in each. */
export function groupRows(rows: readonly IndicatorRow[], keysOf: (row: IndicatorRow) => string[]): Map<string, IndicatorRow[]> {
  const groups = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
