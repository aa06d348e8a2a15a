// The indicator table of a department report: where each indicator stands against its target,
// the gap, the pace still needed, and which other departments share it.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import { formatPercent, formatSigned } from '../format-ja.ts';
import { cell, type Cell, type Column, type Table } from './blocks.ts';
import { actualCell, INTERPOLATED_MARK, projectLabel, statusText, targetCell } from './indicator-table.ts';

export const SHARED_MARK = '◇';

const COLUMNS: Column[] = [
  { header: 'No.', width: 40 },
  { header: '指標', width: '*' },
  { header: '目標値', width: 50, align: 'right' },
  { header: '実績値', width: 50, align: 'right' },
  { header: '達成率', width: 37, align: 'right' },
  { header: '差', width: 48, align: 'right' },
  { header: '必要なペース', width: 58, align: 'right' },
  { header: '状況', width: 44 },
];

function nameCell(r: IndicatorRow, department: string, projectLevel: string | undefined): Cell {
  const others = r.departments.filter((d) => d !== department);
  const lines = [
    projectLabel(r, projectLevel),
    others.length > 0 ? `共管: ${others.join('、')}` : undefined,
  ].filter((l) => l !== undefined);
  return cell(`${r.indicator.name}${others.length > 0 ? ` ${SHARED_MARK}` : ''}`, lines.join('\n') || undefined);
}

function paceCell(r: IndicatorRow): Cell {
  const { needed, achieved } = r.pace ?? {};
  const unit = r.indicator.unit;
  return cell(needed ? `${formatSigned(needed.value, unit)}/年` : '—', achieved ? `これまで ${formatSigned(achieved.value, unit)}/年` : undefined);
}

export function departmentIndicatorTable(rows: readonly IndicatorRow[], department: string, projectLevel: string | undefined): Table {
  const shared = rows.some((r) => r.departments.some((d) => d !== department));
  const interpolated = rows.some((r) => r.target.kind === 'interpolated');
  return {
    kind: 'table',
    columns: COLUMNS,
    rows: rows.map((r): Cell[] => [
      cell(r.indicator.id),
      nameCell(r, department, projectLevel),
      targetCell(r),
      actualCell(r),
      cell(r.achievement?.ratio ? formatPercent(r.achievement.ratio.value) : '—'),
      cell(r.gapToTarget ? formatSigned(r.gapToTarget.value, r.indicator.unit) : '—'),
      paceCell(r),
      cell(statusText(r)),
    ]),
    footnote: [
      '「—」は該当する値がないことを示します。差は実績値と目標値の差、必要なペースは最終目標までに毎年度必要な増減です。',
      shared ? `${SHARED_MARK}は他の課と共に担当する指標です。` : '',
      interpolated ? `${INTERPOLATED_MARK}は資料にない年度の目標値を前後の値から補間したものです。` : '',
    ].join(''),
  };
}
