// The progress figures as text for a terminal: one section per plan, then each municipality's departments.
import { aggregate, groupRows, type Aggregate } from '../compute/aggregate.ts';
import type { PlanProgress } from '../compute/plan-progress.ts';
import { COUNT_COLUMNS, projectCounts, sdgGoalCounts } from '../compute/project-counts.ts';
import { describeRubric } from '../compute/status.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { formatFiscalYear } from '../model/fiscal-year.ts';
import { nodeTitles } from '../model/walk.ts';
import { formatPercent, formatSigned } from './format-ja.ts';
import { progressRecords } from './progress-records.ts';
import { textTable } from './text-table.ts';

export interface ProgressSection {
  municipality: MunicipalityData;
  progress: PlanProgress;
}

function statusLine(a: Aggregate): string {
  return a.byStatus
    .filter((s) => !s.neutral || s.count > 0)
    .map((s) => `${s.symbol && !s.neutral ? `${s.symbol} ` : ''}${s.label} ${s.count}`)
    .join(' / ');
}

function shareLine(a: Aggregate): string {
  return a.shareAchieved === undefined
    ? '評価できる指標はありません（実績の報告がないか、目標値がありません）'
    : `${formatPercent(a.shareAchieved)}（評価できた ${a.evaluated} 指標のうち ${a.achieved}）`;
}

function planSection({ progress }: ProgressSection, year: number): string[] {
  const { data, rows, rubric } = progress;
  const titles = nodeTitles(data.plan);

  const records = progressRecords(data, rows);
  const table = textTable(
    [
      { heading: '指標ID' },
      { heading: '指標名', maxWidth: 30 },
      { heading: '目標値（年度）', align: 'right', maxWidth: 30 },
      { heading: '目安', align: 'right', maxWidth: 14 },
      { heading: '実績値', maxWidth: 26 },
      { heading: '達成率', align: 'right' },
      { heading: '進捗率', align: 'right' },
      { heading: '差', align: 'right' },
      { heading: '状況' },
      { heading: '担当課', maxWidth: 18 },
    ],
    records.map((r) => [
      r.指標ID,
      r.指標名,
      r.目標値 ? `${r.目標値}${r.目標値の年度 ? `（${r.目標値の年度}）` : ''}` : '',
      r.目安,
      r.実績値,
      r.達成率,
      r.進捗率,
      r.差,
      r.状況,
      r.担当課,
    ]),
  );
  const guided = rows.some((r) => r.target.kind === 'guide');
  const all = aggregate(rows, rubric);
  const lines = [`■ ${data.plan.title} [${data.plan.id}] ${formatFiscalYear(year)}`, '', rows.length > 0 ? table : '（該当する指標はありません）'];
  if (guided)
    lines.push('目安: 計画にこの年度の目標値がないため、前後の値（基準値・目標値）を結ぶ直線上の値を計画の桁に四捨五入したもの（計画の目標値ではありません）');
  lines.push('', `状況: ${statusLine(all)}`, `達成の割合: ${shareLine(all)}`);
  if (all.furthestBehind.length > 0) {
    lines.push(
      `遅れの大きい指標: ${all.furthestBehind.map((r) => `${r.indicator.id}「${r.indicator.name}」${r.gapToTarget ? `（${formatSigned(r.gapToTarget.value, r.indicator.unit)}）` : ''}`).join('、')}`,
    );
  }
  const topLevel = groupRows(rows, (r) => r.nodePath.slice(0, 1));
  if (topLevel.size > 0) {
    lines.push('', `${data.plan.levels[0]}ごと:`);
    for (const [id, group] of topLevel) lines.push(`  ${titles.get(id) ?? id}: 指標 ${group.length}  ${statusLine(aggregate(group, rubric))}`);
  }
  if (data.plan.implementationYears?.some((y) => y.fiscalYear === year)) {
    const order = [...titles.keys()];
    const counts = projectCounts(data, year, (p) => p.node).sort((a, b) => order.indexOf(a.nodeId) - order.indexOf(b.nodeId));
    lines.push('', `${formatFiscalYear(year)}の${data.plan.projectLevel ?? '事業'}数（${data.plan.levels.at(-1)}ごと、再掲は元の事業の区分で数えています）:`);
    lines.push(
      textTable(
        [
          { heading: data.plan.levels.at(-1)! },
          { heading: `${year}年度`, align: 'right' },
          ...COUNT_COLUMNS.map((c) => ({ heading: c, align: 'right' as const })),
          { heading: `${year - 1}年度`, align: 'right' },
          { heading: '増減', align: 'right' },
        ],
        counts.map((c) => [
          titles.get(c.nodeId) ?? c.nodeId,
          String(c.total),
          ...COUNT_COLUMNS.map((col) => String(c.byColumn[col])),
          String(c.previousYearTotal),
          formatSigned(c.change, ''),
        ]),
      ),
    );
    const goals = [...sdgGoalCounts(data, year)];
    lines.push('', `SDGsゴール別の事業数（のべ ${goals.reduce((n, [, c]) => n + c, 0)}）: ${goals.map(([g, c]) => `${g}:${c}`).join(' ')}`);
  }
  lines.push('', ...describeRubric(rubric).map((l) => `  ${l}`));
  return lines;
}

function departmentSection(name: string, sections: ProgressSection[]): string[] {
  const rubric = sections[0]!.progress.rubric;
  const rows = sections.flatMap((s) => s.progress.rows);
  const byDepartment = [...groupRows(rows, (r) => (r.departments.length > 0 ? r.departments : ['（担当課の記載なし）']))].sort(([a], [b]) =>
    a.localeCompare(b, 'ja'),
  );
  const marks = aggregate([], rubric).byStatus;
  return [
    `■ ${name}: 担当課ごと（${sections.length} 計画）`,
    '',
    textTable(
      [{ heading: '担当課', maxWidth: 24 }, { heading: '指標', align: 'right' }, ...marks.map((m) => ({ heading: m.label, align: 'right' as const }))],
      byDepartment.map(([department, group]) => [department, String(group.length), ...aggregate(group, rubric).byStatus.map((s) => String(s.count))]),
    ),
    '',
    `全体: ${statusLine(aggregate(rows, rubric))}`,
    `達成の割合: ${shareLine(aggregate(rows, rubric))}`,
  ];
}

export function formatProgressTables(sections: ProgressSection[], year: number): string {
  const out: string[] = [];
  for (const s of sections) out.push(...planSection(s, year), '');
  const municipalities = [...new Set(sections.map((s) => s.municipality))];
  for (const m of municipalities)
    out.push(
      ...departmentSection(
        m.municipality.name,
        sections.filter((s) => s.municipality === m),
      ),
      '',
    );
  return out.join('\n').trimEnd();
}
