// The progress figures as JSON other tools can rely on: explicit fields, fixed order, no Maps.
import type { Aggregate } from '../compute/aggregate.ts';
import type { Explained } from '../compute/explained.ts';
import type { IndicatorRow } from '../compute/plan-progress.ts';
import { measureOf, type StatedTarget, type YearTarget } from '../compute/target-for-year.ts';

export const PROGRESS_JSON_FORMAT = 'shinchoku-progress/2';

const explained = (e: Explained | undefined) => (e ? { value: e.value, formula: e.formula, inputs: e.inputs, ...(e.note ? { note: e.note } : {}) } : null);

export function aggregateJson(a: Aggregate) {
  return {
    total: a.total,
    evaluated: a.evaluated,
    achieved: a.achieved,
    shareAchieved: a.shareAchieved ?? null,
    byStatus: a.byStatus,
    furthestBehind: a.furthestBehind.map((r) => r.indicator.id),
  };
}

const statedJson = (t: StatedTarget | undefined) =>
  t
    ? { value: t.value, comparator: t.comparator ?? null, fiscalYear: t.fiscalYear ?? null, final: t.final, change: t.change ?? null, text: t.text ?? null }
    : null;

/** The target as the plan states it, kept apart from a derived 目安: a consumer can never take one for the other. */
function targetJson(t: YearTarget) {
  return {
    /** stated: the plan's target for the year; threshold: a level to hold; final-passed; guide: measured against a 目安; none. */
    basis: t.kind,
    stated: statedJson(t.stated),
    guide: t.kind === 'guide' ? { value: t.value, exact: t.exact, decimals: t.decimals, from: t.from, to: t.to } : null,
    thresholdReason: t.kind === 'threshold' ? t.reason : null,
    measuredAgainst: measureOf(t) ?? null,
    reason: t.kind === 'none' ? t.reason : null,
  };
}

export function indicatorJson(r: IndicatorRow) {
  const i = r.indicator;
  return {
    id: i.id,
    name: i.name,
    unit: i.unit ?? null,
    direction: i.direction,
    comparator: i.comparator ?? null,
    accumulation: i.accumulation ?? null,
    cumulativeFrom: i.cumulativeFrom ?? null,
    decimals: r.decimals,
    nodePath: r.nodePath,
    project: r.scope.kind === 'project' ? { id: r.scope.project.id, name: r.scope.project.name, part: r.scope.part?.name ?? null } : null,
    relistedIn: r.relistedIn.map((p) => p.id),
    sameMeasure: r.sameMeasure,
    departments: r.departments,
    baseline: i.baseline ? { value: i.baseline.value ?? null, text: i.baseline.text ?? null, fiscalYear: i.baseline.fiscalYear ?? null } : null,
    target: targetJson(r.target),
    finalTarget: statedJson(r.final),
    actual: r.actual.reported
      ? {
          reported: true,
          fiscalYear: r.actual.year,
          value: r.actual.actual.value ?? null,
          state: r.actual.actual.state ?? null,
          note: r.actual.actual.note ?? null,
        }
      : {
          reported: false,
          fiscalYear: r.actual.year,
          latest: r.actual.latest ? { fiscalYear: r.actual.latest.year, value: r.actual.latest.actual.value ?? null } : null,
          collection: r.collection ?? null,
        },
    current: r.current ?? null,
    achievement: r.achievement ? { met: r.achievement.met, ratio: explained(r.achievement.ratio), note: r.achievement.note ?? null } : null,
    progress: explained(r.progress),
    progressNote: r.progressNote ?? null,
    gapToTarget: explained(r.gapToTarget),
    gapToFinal: explained(r.gapToFinal),
    pace: r.pace ? { needed: explained(r.pace.needed), achieved: explained(r.pace.achieved), onPace: r.pace.onPace ?? null, note: r.pace.note ?? null } : null,
    forecast: r.forecast ?? null,
    status: r.status,
  };
}
