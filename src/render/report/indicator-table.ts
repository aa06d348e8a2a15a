// The indicator table every report prints: 基準値, 目標値 (the plan's own, with its year), 目安 (only
// where a year is measured against one), 実績値, 達成率, 進捗率, 状況.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import { formatPercent, formatQuantity, formatSigned } from '../format-ja.ts';
import { baselineParts, guideText, indicatorTitle, latestActualText, statedTargetYear, targetText } from '../indicator-text.ts';
import { cell, type Cell, type Column, type Table } from './blocks.ts';
import { omittedNote, withLongTextsBelow, withoutEmptyColumns } from './table-fit.ts';

export function baselineCell(r: IndicatorRow): Cell {
  const b = baselineParts(r);
  return b ? cell(b.text, b.when) : cell('—');
}

/** The plan's target and its year; a row measured against something else says so in 目安 or 状況. */
export function targetCell(r: IndicatorRow): Cell {
  const text = targetText(r);
  if (!text) return cell('—');
  return cell(text, r.target.stated ? statedTargetYear(r.target.stated) : undefined);
}

export function guideCell(r: IndicatorRow): Cell {
  return cell(guideText(r) ?? '—');
}

export function achievementCell(r: IndicatorRow): Cell {
  if (!r.achievement?.ratio) return cell('—');
  return cell(formatPercent(r.achievement.ratio.value), r.target.kind === 'guide' ? '目安比' : undefined);
}

export function actualCell(r: IndicatorRow): Cell {
  const a = r.actual;
  if (a.reported) {
    const main = a.actual.value !== undefined ? formatQuantity(a.actual.value, r.indicator.unit) : (a.actual.state ?? a.actual.text ?? '—');
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

/** Whether any row of a table is measured against a 目安: only then does the table need the column. */
export const hasGuide = (rows: readonly IndicatorRow[]) => rows.some((r) => r.target.kind === 'guide');

export const GUIDE_FOOTNOTE = '目安は、計画にこの年度の目標値がないため前後の値を結ぶ直線から求めた値で、計画の目標値ではありません（求め方は付録）。';

export function indicatorTable(rows: readonly IndicatorRow[], projectLevel: string | undefined): Table {
  const guide = hasGuide(rows);
  const columns: Column[] = [
    { header: 'No.' },
    { header: '指標', prose: true },
    { header: '基準値', align: 'right' },
    { header: '目標値', align: 'right' },
    ...(guide ? [{ header: '目安', align: 'right' as const }] : []),
    { header: '実績値', align: 'right' },
    { header: '達成率', align: 'right' },
    { header: '進捗率', align: 'right' },
    { header: '状況' },
  ];
  const body = rows.map((r): Cell[] => [
    cell(r.indicator.id),
    cell(indicatorTitle(r.indicator), projectLabel(r, projectLevel)),
    baselineCell(r),
    targetCell(r),
    ...(guide ? [guideCell(r)] : []),
    actualCell(r),
    achievementCell(r),
    cell(r.progress ? formatPercent(r.progress.value) : '—'),
    cell(statusText(r), r.gapToTarget ? `${r.target.kind === 'guide' ? '目安との差' : '差'} ${formatSigned(r.gapToTarget.value, r.indicator.unit)}` : undefined),
  ]);
  const shown = withoutEmptyColumns(columns, body, ['達成率', '進捗率']);
  return {
    kind: 'table',
    columns: shown.columns,
    ...withLongTextsBelow(shown.columns, shown.rows, 1),
    footnote: `「—」は該当する値がないことを示します。目標値は計画が定めた値と、その年度です。${guide ? GUIDE_FOOTNOTE : ''}${omittedNote(shown.omitted)}`,
  };
}
