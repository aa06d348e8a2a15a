// What the 総括 says about a plan's year: how collection stands, what is behind, and what changed
// since the year before (pure).
import type { Rubric } from '../model/rubric.ts';
import type { IndicatorRow } from './plan-progress.ts';

export interface CollectionCounts {
  reported: number;
  照会前: number;
  照会中: number;
  未報告: number;
}

export function collectionCounts(rows: readonly IndicatorRow[]): CollectionCounts {
  const count = (state: string) => rows.filter((r) => r.collection?.state === state).length;
  return { reported: rows.filter((r) => r.actual.reported).length, 照会前: count('照会前'), 照会中: count('照会中'), 未報告: count('未報告') };
}

/** Rows in a failure band (遅れ, 大幅な遅れ), the furthest behind first. */
export function behind(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => r.status.failure).sort((a, b) => (a.status.figure ?? Number.NEGATIVE_INFINITY) - (b.status.figure ?? Number.NEGATIVE_INFINITY));
}

/** A band's place in the rubric, best first; undefined for a neutral state. */
function rank(status: IndicatorRow['status'], rubric: Rubric): number | undefined {
  return status.neutral ? undefined : rubric.bands.findIndex((b) => b.label === status.label);
}

export interface StatusChanges {
  /** Rows judged in both years, so a change of band can be read. */
  compared: number;
  improved: IndicatorRow[];
  worsened: IndicatorRow[];
}

/** Indicators whose band moved since the year before; only rows judged in both years are compared. */
export function statusChanges(rows: readonly IndicatorRow[], rubric: Rubric): StatusChanges {
  const pairs = rows.flatMap((r) => {
    const now = rank(r.status, rubric);
    const before = r.previous ? rank(r.previous.status, rubric) : undefined;
    return now === undefined || before === undefined ? [] : [{ r, change: before - now }];
  });
  return {
    compared: pairs.length,
    improved: pairs.filter((p) => p.change > 0).map((p) => p.r),
    worsened: pairs.filter((p) => p.change < 0).map((p) => p.r),
  };
}
