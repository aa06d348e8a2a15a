// The indicator table every report prints: 基準値, 目標値, 実績値, 達成率, 進捗率, 状況.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import { formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { formatPercent, formatQuantity, formatSigned } from '../format-ja.ts';
import { cell, type Cell, type Column, type Table } from './blocks.ts';

export const INTERPOLATED_MARK = '※';

function quantity(value: number, unit: string | undefined): string {
  return formatQuantity(value, unit);
}

export function baselineCell(r: IndicatorRow): Cell {
  const b = r.indicator.baseline;
  if (!b) return cell('—');
  const main = b.value !== undefined ? quantity(b.value, r.indicator.unit) : (b.text ?? '—');
  const when = b.fiscalYear !== undefined ? formatWarekiFiscalYear(b.fiscalYear) : b.asOf;
  return cell(main, when);
}

export function targetCell(r: IndicatorRow): Cell {
  const t = r.target;
  if (t.kind === 'none') {
    const text = r.indicator.targets?.get(r.year)?.text ?? r.indicator.finalTarget?.text;
    return cell(text ?? '—');
  }
  const main = quantity(t.value, r.indicator.unit);
  if (t.kind === 'interpolated') return cell(`${main}${INTERPOLATED_MARK}`, '補間');
  if (t.kind === 'final-passed') return cell(main, '最終目標');
  return cell(main);
}

/** The latest numeric actual before an unreported year: 「令和4年度 55事業」. */
export function latestActualText(r: IndicatorRow): string | undefined {
  const latest = r.actual.reported ? undefined : r.actual.latest;
  return latest?.actual.value !== undefined ? `${formatWarekiFiscalYear(latest.year)} ${quantity(latest.actual.value, r.indicator.unit)}` : undefined;
}

export function actualCell(r: IndicatorRow): Cell {
  const a = r.actual;
  if (a.reported) {
    const main = a.actual.value !== undefined ? quantity(a.actual.value, r.indicator.unit) : (a.actual.state ?? a.actual.text ?? '—');
    return cell(main);
  }
  const latest = latestActualText(r);
  return cell('未報告', latest ? `最新 ${latest}` : undefined);
}

export const statusText = (r: IndicatorRow): string => `${r.status.symbol ? `${r.status.symbol} ` : ''}${r.status.label}`;

/** 「事業 12 ○○事業（部分）」 for an indicator of a project; undefined for a plan or node indicator. */
export function projectLabel(r: IndicatorRow, projectLevel: string | undefined): string | undefined {
  const scope = r.scope;
  return scope.kind === 'project' ? `${projectLevel ?? '事業'} ${scope.project.number ?? scope.project.id} ${scope.project.name}${scope.part ? `（${scope.part.name}）` : ''}` : undefined;
}

function indicatorName(r: IndicatorRow, projectLevel: string | undefined): Cell {
  return cell(r.indicator.name, projectLabel(r, projectLevel));
}

const COLUMNS: Column[] = [
  { header: 'No.', width: 40 },
  { header: '指標', width: '*' },
  { header: '基準値', width: 50, align: 'right' },
  { header: '目標値', width: 50, align: 'right' },
  { header: '実績値', width: 50, align: 'right' },
  // Wide enough for 「233.3%」 on one line.
  { header: '達成率', width: 37, align: 'right' },
  { header: '進捗率', width: 37, align: 'right' },
  { header: '状況', width: 50 },
];

export function indicatorTable(rows: readonly IndicatorRow[], projectLevel: string | undefined): Table {
  const body = rows.map((r): Cell[] => [
    cell(r.indicator.id),
    indicatorName(r, projectLevel),
    baselineCell(r),
    targetCell(r),
    actualCell(r),
    cell(r.achievement?.ratio ? formatPercent(r.achievement.ratio.value) : '—'),
    cell(r.progress ? formatPercent(r.progress.value) : '—'),
    cell(statusText(r), r.gapToTarget ? `差 ${formatSigned(r.gapToTarget.value, r.indicator.unit)}` : undefined),
  ]);
  const interpolated = rows.some((r) => r.target.kind === 'interpolated');
  return {
    kind: 'table',
    columns: COLUMNS,
    rows: body,
    footnote: `「—」は該当する値がないことを示します。${interpolated ? `${INTERPOLATED_MARK}は資料にない年度の目標値を前後の値から補間したものです（付録参照）。` : ''}`,
  };
}
