// The 事業の実施状況 sheet: one row per project the department runs in the year, with the 工程 and
// budget the plan sets, and the year's result to fill in, each field a list or a checked number.
import type ExcelJS from 'exceljs';
import { FUTURE_DIRECTIONS, SCHEDULE_PROGRESS } from '../model/vocabulary.ts';
import type { Rubric } from '../model/rubric.ts';
import type { MeasureRow } from './measure-rows.ts';
import { numberFormat, textUpTo } from './report-sheet.ts';
import { MEASURE_COLUMNS, type MeasureColumn } from './sheet-layout.ts';
import type { SheetCell, SheetColumn } from './table-sheet.ts';

// Two pages across on A4 landscape: what the project is, then (with its number and name repeated) the result.
const WIDTHS: Record<MeasureColumn, number> = {
  where: 22,
  number: 8,
  project: 8,
  name: 18,
  steps: 26,
  budget: 9,
  year: 5,
  done: 26,
  schedule: 9,
  selfEvaluation: 8,
  issues: 18,
  direction: 9,
  settledCost: 9,
  note: 8,
  municipality: 10,
  plan: 12,
};
const HIDDEN: ReadonlySet<MeasureColumn> = new Set(['municipality', 'plan']);

const COSTS: ReadonlySet<MeasureColumn> = new Set(['budget', 'settledCost']);
/** The sheet's columns: 予算額 and 決算額 only when a project on it has costs in the plan. */
const keysOf = (costs: boolean) => (Object.keys(MEASURE_COLUMNS) as MeasureColumn[]).filter((k) => costs || !COSTS.has(k));

export const measureColumns = (costs: boolean): SheetColumn[] =>
  keysOf(costs).map((k) => ({ heading: MEASURE_COLUMNS[k], width: WIDTHS[k], hidden: HIDDEN.has(k) }));

const choice = (title: string, options: readonly string[]): ExcelJS.DataValidation => ({
  type: 'list',
  formulae: [`"${options.join(',')}"`],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: `${title}を選んでください`,
  error: `リストから選びます（${options.join('・')}）`,
});

const COST: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'between',
  formulae: [0, 1e12],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '金額（千円）を入力してください',
  error: '千円単位の決算額を数値だけで入力してください（例: 12345）。まだ決まらないときは空欄のままにしてください。',
};

export function measureCells(row: MeasureRow, rubric: Rubric, costs: boolean): SheetCell[] {
  const open = !row.fixed;
  const r = row.current;
  const input = (value: ExcelJS.CellValue | undefined, validation: ExcelJS.DataValidation): SheetCell => ({
    value: value ?? null,
    input: open,
    validation: open ? validation : undefined,
  });
  const cells: Record<MeasureColumn, SheetCell> = {
    where: { value: `${row.planTitle}\n${row.node}` },
    number: { value: row.number },
    project: { value: row.projectId },
    name: { value: row.name },
    steps: { value: row.steps || '—' },
    budget: row.budget === undefined ? { value: row.hasCosts ? '—' : '' } : { value: row.budget, numFmt: numberFormat(0) },
    year: { value: row.year },
    done: input(r?.done, textUpTo('実施状況', 'この年度に実施したことを書いてください（報告書の「実施状況」に載ります）')),
    schedule: input(r?.schedule, choice('工程の進み', SCHEDULE_PROGRESS)),
    selfEvaluation: input(
      r?.selfEvaluation,
      choice(
        '自己評価',
        rubric.bands.map((b) => b.label),
      ),
    ),
    issues: input(r?.issues, textUpTo('課題', '工程が遅れている・未着手のときは、その課題を書いてください（取り込みで必須です）')),
    direction: input(r?.direction, choice('今後の方向性', FUTURE_DIRECTIONS)),
    // Asked only where the plan carries costs: elsewhere there is no budget to settle against.
    settledCost: row.hasCosts ? { ...input(r?.settledCost, COST), numFmt: numberFormat(0) } : { value: '—' },
    note: { value: r?.note ?? null, input: true, validation: textUpTo('備考', '補足があれば書いてください') },
    municipality: { value: row.municipalityId },
    plan: { value: row.planId },
  };
  return keysOf(costs).map((k) => cells[k]);
}
