// The progress figures as JSON other tools can rely on: explicit fields, fixed order, no Maps.
import type { Aggregate } from '../compute/aggregate.ts';
import type { Explained } from '../compute/explained.ts';
import type { IndicatorRow } from '../compute/plan-progress.ts';

export const PROGRESS_JSON_FORMAT = 'shinchoku-progress/1';

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

export function indicatorJson(r: IndicatorRow) {
  const i = r.indicator;
  const t = r.target;
  return {
    id: i.id,
    name: i.name,
    unit: i.unit ?? null,
    direction: i.direction,
    comparator: i.comparator ?? null,
    accumulation: i.accumulation ?? null,
    nodePath: r.nodePath,
    project: r.scope.kind === 'project' ? { id: r.scope.project.id, name: r.scope.project.name, part: r.scope.part?.name ?? null } : null,
    departments: r.departments,
    baseline: i.baseline ? { value: i.baseline.value ?? null, text: i.baseline.text ?? null, fiscalYear: i.baseline.fiscalYear ?? null } : null,
    target:
      t.kind === 'none'
        ? { kind: t.kind, value: null, reason: t.reason }
        : { kind: t.kind, value: t.value, ...(t.kind === 'interpolated' ? { formula: t.formula, inputs: t.inputs } : {}), ...(t.kind === 'final-passed' ? { finalYear: t.finalYear } : {}) },
    finalTarget: r.final ? { value: r.final.value, fiscalYear: r.final.fiscalYear ?? null, derivation: r.final.derivation } : null,
    actual: r.actual.reported
      ? { reported: true, fiscalYear: r.actual.year, value: r.actual.actual.value ?? null, state: r.actual.actual.state ?? null, note: r.actual.actual.note ?? null }
      : { reported: false, fiscalYear: r.actual.year, latest: r.actual.latest ? { fiscalYear: r.actual.latest.year, value: r.actual.latest.actual.value ?? null } : null },
    current: r.current ?? null,
    achievement: r.achievement ? { met: r.achievement.met, ratio: explained(r.achievement.ratio), note: r.achievement.note ?? null } : null,
    progress: explained(r.progress),
    gapToTarget: explained(r.gapToTarget),
    gapToFinal: explained(r.gapToFinal),
    pace: r.pace ? { needed: explained(r.pace.needed), achieved: explained(r.pace.achieved), onPace: r.pace.onPace ?? null, note: r.pace.note ?? null } : null,
    forecast: r.forecast ?? null,
    status: r.status,
  };
}
