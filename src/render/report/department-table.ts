// The indicator table of a department report: where each indicator stands against its target,
// the gap, the pace still needed, and which other departments or plans share it.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import { nodeCodes, walkNodes, type PlanData } from '../../model/walk.ts';
import { projectCodes } from '../project-code.ts';
import { formatSigned } from '../format-ja.ts';
import { indicatorTitle } from '../indicator-text.ts';
import { cell, type Cell, type Column, type Table } from './blocks.ts';
import { achievementCell, actualCell, GUIDE_FOOTNOTE, guideCell, hasGuide, projectLabel, statusText, targetCell } from './indicator-table.ts';
import { omittedNote, withLongTextsBelow, withoutEmptyColumns } from './table-fit.ts';

export const SHARED_MARK = '◇';

/** `present`: keys (plan id, indicator id) of the indicators in this year's reports, so a link never points at one that is not printed. */
function nameCell(r: IndicatorRow, department: string, data: PlanData, present: ReadonlySet<string>): Cell {
  const others = r.departments.filter((d) => d !== department);
  const { projectLevel } = data.plan;
  const code = projectCodes(data);
  const lines = [
    r.scope.kind === 'node' ? nodeLine(data, r.scope.node.id, r.nodePath.length - 1) : projectLabel(r, projectLevel, code),
    ...r.relistedIn.map((p) => `再掲：${projectLevel ?? '事業'} ${code(p)} ${p.name}`),
    others.length > 0 ? `共管：${others.join('、')}` : undefined,
    // What the department itself reported, so it can check what was taken in.
    r.actual.reported && r.actual.actual.reason ? `要因・課題：${r.actual.actual.reason}` : undefined,
    ...r.sameMeasure
      .filter((s) => present.has(measureKey(s.planId, s.indicatorId)))
      .map((s) => `同じ数値を「${s.planTitle}」の指標 ${s.indicatorId} でも測っています`),
  ].filter((l) => l !== undefined);
  return cell(`${indicatorTitle(r.indicator)}${others.length > 0 ? ` ${SHARED_MARK}` : ''}`, lines.join('\n') || undefined);
}

/** The node an indicator belongs to, with its place in the plan: 「施策 1-3 健康づくりの推進」. */
function nodeLine(data: PlanData, id: string, depth: number): string {
  const node = [...walkNodes(data.plan)].find((v) => v.node.id === id)!.node;
  return [data.plan.levels[depth], nodeCodes(data.plan).get(id), node.title].filter(Boolean).join(' ');
}

function paceCell(r: IndicatorRow): Cell {
  const { needed, achieved } = r.pace ?? {};
  const unit = r.indicator.unit;
  return cell(needed ? `${formatSigned(needed.value, unit)}/年` : '—', achieved ? `これまで ${formatSigned(achieved.value, unit)}/年` : undefined);
}

export const measureKey = (planId: string, indicatorId: string) => `${planId}\0${indicatorId}`;

export function departmentIndicatorTable(rows: readonly IndicatorRow[], department: string, data: PlanData, present: ReadonlySet<string>): Table {
  const shared = rows.some((r) => r.departments.some((d) => d !== department));
  const guide = hasGuide(rows);
  const columns: Column[] = [
    { header: 'No.' },
    { header: '指標', prose: true },
    { header: '目標値', align: 'right' },
    ...(guide ? [{ header: '目安', align: 'right' as const }] : []),
    { header: '実績値', align: 'right' },
    { header: '達成率', align: 'right' },
    { header: '差', align: 'right' },
    { header: '必要なペース', align: 'right' },
    { header: '状況' },
  ];
  const body = rows.map((r): Cell[] => [
    cell(r.indicator.id),
    nameCell(r, department, data, present),
    targetCell(r),
    ...(guide ? [guideCell(r)] : []),
    actualCell(r),
    achievementCell(r),
    cell(r.gapToTarget ? formatSigned(r.gapToTarget.value, r.indicator.unit) : '—'),
    paceCell(r),
    cell(statusText(r)),
  ]);
  const shown = withoutEmptyColumns(columns, body, ['達成率', '差', '必要なペース']);
  return {
    kind: 'table',
    columns: shown.columns,
    ...withLongTextsBelow(shown.columns, shown.rows, 1),
    footnote: [
      '「—」は該当する値がないことを示します。目標値は計画が定めた値と、その年度です。',
      shown.omitted.includes('差') ? '' : '差は実績値と、その年度に比べる値（目標値か目安）の差です。',
      shown.omitted.includes('必要なペース') ? '' : '必要なペースは最終目標までに毎年度必要な増減です。',
      shared ? `${SHARED_MARK}は他の課と共に担当する指標です。` : '',
      guide ? GUIDE_FOOTNOTE : '',
      omittedNote(shown.omitted),
    ].join(''),
  };
}
