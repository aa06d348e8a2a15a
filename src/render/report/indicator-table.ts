// The indicator table every report prints: 基準値, 目標値 (the plan's own, with its year), 目安 (only
// where a year is measured against one), the year before's actual, 実績値 and the change, 達成率,
// 進捗率, 状況, and the document's 検証 under its row. Before any actual of the year it shows what is
// known instead: the targets and the latest actual.
import type { IndicatorRow } from '../../compute/plan-progress.ts';
import type { Project } from '../../model/project.ts';
import { decimalsOf, roundTo } from '../../model/rounding.ts';
import { formatCalendarDay, formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { formatPercent, formatQuantity, formatSigned } from '../format-ja.ts';
import { baselineParts, guideText, indicatorTitle, latestActualText, statedTargetYear, targetText } from '../indicator-text.ts';
import { cell, type Cell, type Column, type Table } from './blocks.ts';
import type { IndicatorNumbers } from './indicator-numbers.ts';
import { rowNote } from './row-notes.ts';
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
  if (a.reported) return cell(a.actual.value !== undefined ? formatQuantity(a.actual.value, r.indicator.unit) : (a.actual.state ?? a.actual.text ?? '—'));
  const latest = latestActualText(r);
  return cell('—', latest ? `最新 ${latest}` : undefined);
}

/** The year before's actual, with its year. */
export function previousCell(r: IndicatorRow): Cell {
  const a = r.previous?.actual;
  if (!a?.reported) return cell('—');
  return cell(a.actual.value !== undefined ? formatQuantity(a.actual.value, r.indicator.unit) : (a.actual.state ?? '—'));
}

/** The change from the year before, when both years have a number. */
function changeCell(r: IndicatorRow): Cell {
  const now = r.actual.reported ? r.actual.actual.value : undefined;
  const before = r.previous?.actual.reported ? r.previous.actual.actual.value : undefined;
  if (now === undefined || before === undefined) return cell('—');
  return cell(formatSigned(roundTo(now - before, Math.max(r.decimals, decimalsOf(now), decimalsOf(before))), r.indicator.unit));
}

/** The state of a missing actual in the 状況 column: 照会中 with its deadline, and so on. */
function statusCell(r: IndicatorRow): Cell {
  const c = r.collection;
  if (c) return cell(statusText(r), c.state !== '照会前' && c.deadline ? `期限 ${formatCalendarDay(c.deadline)}` : undefined);
  return cell(
    statusText(r),
    r.gapToTarget ? `${r.target.kind === 'guide' ? '目安との差' : '差'} ${formatSigned(r.gapToTarget.value, r.indicator.unit)}` : undefined,
  );
}

export const statusText = (r: Pick<IndicatorRow, 'status'>): string => `${r.status.symbol ? `${r.status.symbol} ` : ''}${r.status.label}`;

/** 「事業 12 ○○事業（部分）」 for an indicator of a project; undefined for a plan or node indicator. */
/** `code` names the project where its node's heading is not above it (see projectCodes). */
export function projectLabel(r: IndicatorRow, projectLevel: string | undefined, code: (p: Project) => string = (p) => p.number ?? p.id): string | undefined {
  const scope = r.scope;
  return scope.kind === 'project'
    ? `${projectLevel ?? '事業'} ${code(scope.project)} ${scope.project.name}${scope.part ? `（${scope.part.name}）` : ''}`
    : undefined;
}

/** Whether any row of a table is measured against a 目安: only then does the table need the column. */
export const hasGuide = (rows: readonly IndicatorRow[]) => rows.some((r) => r.target.kind === 'guide');

export const GUIDE_FOOTNOTE = '目安は、計画にこの年度の目標値がないため前後の値を結ぶ直線から求めた値で、計画の目標値ではありません（求め方は付録）。';

export interface IndicatorTableOptions {
  projectLevel: string | undefined;
  numberOf: IndicatorNumbers;
  /** The year before is in the plan's period: its actual and the change are shown. */
  hasPreviousYear: boolean;
}

/** Whether a table has nothing of the year yet: it then shows what is known, targets and the latest actual. */
export const nothingReported = (rows: readonly IndicatorRow[]) => rows.every((r) => !r.actual.reported);

/** Whether any row of such a table has an actual from an earlier year to show. */
export const anyEarlierActual = (rows: readonly IndicatorRow[]) => rows.some((r) => !r.actual.reported && r.actual.latest?.actual.value !== undefined);

export function indicatorTable(rows: readonly IndicatorRow[], options: IndicatorTableOptions): Table {
  return nothingReported(rows) ? targetsTable(rows, options) : figuresTable(rows, options);
}

/** What every indicator table starts with: the number, the name and what the plan set (with the 目安 where one is used). */
function leadColumns(guide: boolean): Column[] {
  return [
    { header: 'No.', align: 'right' },
    { header: '指標', prose: true },
    { header: '基準値', align: 'right' },
    { header: '目標値', align: 'right' },
    ...(guide ? [{ header: '目安', align: 'right' as const }] : []),
  ];
}

function leadCells(r: IndicatorRow, guide: boolean, numberOf: IndicatorNumbers, projectLevel: string | undefined): Cell[] {
  return [
    cell(numberOf(r)),
    cell(indicatorTitle(r.indicator), projectLabel(r, projectLevel)),
    baselineCell(r),
    targetCell(r),
    ...(guide ? [guideCell(r)] : []),
  ];
}

function figuresTable(rows: readonly IndicatorRow[], { projectLevel, numberOf, hasPreviousYear }: IndicatorTableOptions): Table {
  const guide = hasGuide(rows);
  const year = rows[0]?.year ?? 0;
  const columns: Column[] = [
    ...leadColumns(guide),
    ...(hasPreviousYear ? [{ header: '前年度実績', align: 'right' as const }] : []),
    { header: '実績値', align: 'right' },
    ...(hasPreviousYear ? [{ header: '前年度比', align: 'right' as const }] : []),
    { header: '達成率', align: 'right' },
    { header: '進捗率', align: 'right' },
    { header: '状況' },
  ];
  const body = rows.map((r): Cell[] => [
    ...leadCells(r, guide, numberOf, projectLevel),
    ...(hasPreviousYear ? [previousCell(r)] : []),
    actualCell(r),
    ...(hasPreviousYear ? [changeCell(r)] : []),
    achievementCell(r),
    cell(r.progress ? formatPercent(r.progress.value) : '—'),
    statusCell(r),
  ]);
  const shown = withoutEmptyColumns(columns, body, ['基準値', '前年度実績', '前年度比', '達成率', '進捗率']);
  const fitted = withLongTextsBelow(shown.columns, shown.rows, 1);
  const years =
    hasPreviousYear && shown.columns.some((c) => c.header === '前年度実績')
      ? `実績値は${formatWarekiFiscalYear(year)}、前年度実績は${formatWarekiFiscalYear(year - 1)}の値です。`
      : '';
  return {
    kind: 'table',
    columns: shown.columns,
    rows: fitted.rows,
    ...withNotes(fitted.rowNotes, rows.map(rowNote)),
    footnote: `「—」は該当する値がないことを示します。目標値は計画が定めた値と、その年度です。${years}${guide ? GUIDE_FOOTNOTE : ''}${omittedNote(shown.omitted)}`,
  };
}

/** Before any actual of the year: the targets and the latest actual, and the state only where rows differ. */
function targetsTable(rows: readonly IndicatorRow[], { projectLevel, numberOf }: IndicatorTableOptions): Table {
  const guide = hasGuide(rows);
  const oneState = new Set(rows.map((r) => statusText(r))).size === 1;
  const columns: Column[] = [...leadColumns(guide), { header: '最新の実績', align: 'right' }, ...(oneState ? [] : [{ header: '状況' }])];
  const body = rows.map((r): Cell[] => {
    const latest = r.actual.reported ? undefined : r.actual.latest;
    const latestCell =
      latest?.actual.value !== undefined ? cell(formatQuantity(latest.actual.value, r.indicator.unit), formatWarekiFiscalYear(latest.year)) : cell('—');
    return [...leadCells(r, guide, numberOf, projectLevel), latestCell, ...(oneState ? [] : [statusCell(r)])];
  });
  const shown = withoutEmptyColumns(columns, body, ['基準値', '最新の実績']);
  const fitted = withLongTextsBelow(shown.columns, shown.rows, 1);
  return {
    kind: 'table',
    columns: shown.columns,
    rows: fitted.rows,
    ...withNotes(fitted.rowNotes, rows.map(rowNote)),
    // Without any earlier actual the heading says 「指標の目標」: the missing column needs no note.
    footnote: `「—」は該当する値がないことを示します。目標値は計画が定めた値と、その年度です。${guide ? GUIDE_FOOTNOTE : ''}${omittedNote(shown.omitted.filter((c) => c !== '最新の実績'))}`,
  };
}

/** Row notes from several sources, one paragraph each. */
function withNotes(...sources: Array<Array<string | undefined> | undefined>): Pick<Table, 'rowNotes'> {
  const length = Math.max(0, ...sources.map((s) => s?.length ?? 0));
  const notes = Array.from(
    { length },
    (_, i) =>
      sources
        .map((s) => s?.[i])
        .filter((n) => n !== undefined)
        .join('\n') || undefined,
  );
  return notes.some((n) => n !== undefined) ? { rowNotes: notes } : {};
}
