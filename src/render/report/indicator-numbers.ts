// The number the annual report gives each indicator: 1, 2, 3 … in the order it prints them (the
// plan's own, then node by node), used by its tables, charts and cross-references alike. Data ids
// (kpi-3-1, overall-1) are names for files and imports, not for a public document.
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import type { Indicator } from '../../model/indicator.ts';
import { walkNodes } from '../../model/walk.ts';

export type IndicatorNumbers = (row: Pick<IndicatorRow, 'indicator'>) => string;

function printOrder(progress: PlanProgress): IndicatorRow[] {
  const { rows, data } = progress;
  const byNode = new Map<string | undefined, IndicatorRow[]>();
  for (const r of rows) if (r.scope.kind !== 'plan') byNode.set(r.nodePath.at(-1), [...(byNode.get(r.nodePath.at(-1)) ?? []), r]);
  return [...rows.filter((r) => r.scope.kind === 'plan'), ...[...walkNodes(data.plan)].flatMap(({ node }) => byNode.get(node.id) ?? [])];
}

export function indicatorNumbers(progress: PlanProgress): IndicatorNumbers {
  const numbers = new Map<Indicator, string>(printOrder(progress).map((r, i) => [r.indicator, String(i + 1)]));
  return (row) => numbers.get(row.indicator) ?? '—';
}
