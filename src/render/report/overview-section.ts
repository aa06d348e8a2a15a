// 進捗の概要: status distribution for the plan and each top-level node, the plan's own
// indicators, and for an implementation-plan year the project counts and SDGs goal counts.
import { aggregate, type Aggregate } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { COUNT_COLUMNS, projectCounts, sdgGoalCounts } from '../../compute/project-counts.ts';
import { SDG_GOAL_NAMES } from '../../model/sdgs.ts';
import { formatNumber, formatSigned } from '../format-ja.ts';
import { statusChartInformative, type StatusChartSpec } from '../charts/chart-spec.ts';
import { cell, type Block, type Cell, type Table } from './blocks.ts';
import { nodeLabel, type SectionKit } from './section-kit.ts';

function statusTable(groups: Array<{ label: string; summary: Aggregate }>): Table {
  // Before anything is judged, columns of zeros for every band say nothing: only the states are shown.
  const judged = groups[0]!.summary.evaluated > 0;
  const marks = groups[0]!.summary.byStatus.filter((s, i) => (judged && !s.neutral) || groups.some((g) => g.summary.byStatus[i]!.count > 0));
  const index = (label: string, neutral: boolean) => groups[0]!.summary.byStatus.findIndex((s) => s.label === label && s.neutral === neutral);
  return {
    kind: 'table',
    columns: [
      { header: '区分', prose: true },
      ...marks.map((m) => ({ header: `${m.symbol ? `${m.symbol} ` : ''}${m.label}`, align: 'right' as const })),
      { header: '計', align: 'right' },
    ],
    rows: groups.map(({ label, summary }): Cell[] => [
      cell(label),
      ...marks.map((m) => cell(formatNumber(summary.byStatus[index(m.label, m.neutral)]!.count))),
      { text: formatNumber(summary.total), bold: true },
    ]),
  };
}

export function overviewSection(kit: SectionKit, progress: PlanProgress): Block[] {
  const { data, year, rubric, rows } = progress;
  const { plan } = data;
  const top = plan.nodes.map((node) => ({
    label: nodeLabel(plan.levels, 0, node),
    summary: aggregate(
      rows.filter((r) => r.nodePath[0] === node.id),
      rubric,
    ),
  }));
  const groups = [{ label: '計画全体', summary: aggregate(rows, rubric) }, ...top];
  const spec: StatusChartSpec = {
    type: 'status',
    groups: groups.map((g) => g.label),
    statuses: groups[0]!.summary.byStatus.map((s, i) => ({
      label: s.label,
      symbol: s.symbol,
      neutral: s.neutral,
      counts: groups.map((g) => g.summary.byStatus[i]!.count),
    })),
  };
  const blocks: Block[] = [
    ...kit.text('overview', 1),
    ...kit.text('overview-status', 2),
    statusTable(groups),
    // A chart of one white bar says nothing: the sentence says why there is none.
    ...(statusChartInformative(spec) ? [{ kind: 'chart' as const, caption: '状況別の指標数', spec }] : kit.text('overview-status-no-chart', 2)),
  ];
  const planRows = rows.filter((r) => r.scope.kind === 'plan');
  if (planRows.length > 0) blocks.push(...kit.text('overview-plan-indicators', 2), ...kit.indicators(planRows, 3));

  const implementation = plan.implementationYears?.find((y) => y.fiscalYear === year);
  if (implementation && plan.projectLevel) {
    blocks.push(...kit.text('overview-counts', 2, { implementation: { title: implementation.title } }), countsTable(progress));
    blocks.push(...kit.text('overview-sdgs', 2), sdgTable(progress));
  }
  return blocks;
}

function countsTable({ data, year }: PlanProgress): Table {
  const topOf = new Map<string, string>();
  const visit = (id: string, nodes: typeof data.plan.nodes) => nodes.forEach((n) => (topOf.set(n.id, id), visit(id, n.children ?? [])));
  data.plan.nodes.forEach((n) => visit(n.id, [n]));
  const counts = projectCounts(data, year, (p) => topOf.get(p.node));
  const byNode = new Map(counts.map((c) => [c.nodeId, c]));
  const rows = data.plan.nodes.flatMap((node) => {
    const c = byNode.get(node.id);
    return c ? [{ label: nodeLabel(data.plan.levels, 0, node), c }] : [];
  });
  const sum = (f: (c: (typeof counts)[number]) => number) => counts.reduce((s, c) => s + f(c), 0);
  const line = (label: string, v: { byColumn: Record<string, number>; total: number; previous: number; change: number }, bold = false): Cell[] => [
    { text: label, bold },
    ...COUNT_COLUMNS.filter((k) => k !== '完了・統合').map((k) => cell(formatNumber(v.byColumn[k]!))),
    { text: formatNumber(v.total), bold: true },
    cell(formatNumber(v.byColumn['完了・統合']!)),
    cell(formatNumber(v.previous)),
    cell(v.change === 0 ? '±0' : formatSigned(v.change, undefined)),
  ];
  const total = {
    byColumn: Object.fromEntries(COUNT_COLUMNS.map((k) => [k, sum((c) => c.byColumn[k])])),
    total: sum((c) => c.total),
    previous: sum((c) => c.previousYearTotal),
    change: sum((c) => c.change),
  };
  return {
    kind: 'table',
    columns: [
      { header: '区分', prose: true },
      { header: '新規・追加', align: 'right' },
      { header: '拡充', align: 'right' },
      { header: '継続', align: 'right' },
      { header: '計', align: 'right' },
      { header: '完了・統合', align: 'right' },
      { header: '前年度', align: 'right' },
      { header: '増減', align: 'right' },
    ],
    rows: [...rows.map(({ label, c }) => line(label, { ...c, previous: c.previousYearTotal })), line('合計', total, true)],
  };
}

function sdgTable({ data, year }: PlanProgress): Table {
  const counts = sdgGoalCounts(data, year);
  const goals = [...counts.keys()];
  const half = Math.ceil(goals.length / 2);
  const rows: Cell[][] = goals.slice(0, half).map((g, i) => {
    const right = goals[half + i];
    return [
      cell(String(g)),
      cell(SDG_GOAL_NAMES[g]!),
      cell(formatNumber(counts.get(g)!)),
      cell(right ? String(right) : ''),
      cell(right ? SDG_GOAL_NAMES[right]! : ''),
      cell(right ? formatNumber(counts.get(right)!) : ''),
    ];
  });
  const total = [...counts.values()].reduce((s, v) => s + v, 0);
  rows.push([cell(''), cell(''), cell(''), cell(''), { text: '合計（のべ）', bold: true }, { text: formatNumber(total), bold: true }]);
  const columns = [
    { header: 'ゴール', align: 'center' as const },
    { header: '名称', prose: true },
    { header: '数', align: 'right' as const },
  ];
  return { kind: 'table', columns: [...columns, ...columns], rows };
}
