// The 実績報告 sheet: one row per indicator, the figures as numbers in the plan's precision, and
// only 実績, 要因・課題 and 備考 open. 実績 accepts only a number, or a state for a qualitative indicator.
import type ExcelJS from 'exceljs';
import { ACTUAL_STATES } from '../model/vocabulary.ts';
import type { CollectRow } from './collect-rows.ts';
import { ACTUAL_STATES_HELP, COLUMNS, MAX_TEXT, type Column } from './sheet-layout.ts';
import type { SheetCell, SheetColumn } from './table-sheet.ts';

// In Excel's units (the width of a digit): a Japanese character takes two.
const WIDTHS: Record<Column, number> = {
  where: 24,
  indicator: 9,
  name: 24,
  unit: 5,
  baseline: 10,
  baselineWhen: 10,
  target: 10,
  targetWhen: 12,
  guide: 8,
  marks: 16,
  earlier: 13,
  year: 5,
  actual: 10,
  reason: 22,
  note: 10,
  municipality: 10,
  plan: 12,
};
const HIDDEN: ReadonlySet<Column> = new Set(['municipality', 'plan']);

export const NUMBER_ONLY: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'between',
  formulae: [-1e15, 1e15],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '数値を入力してください',
  error: '数値だけを入力してください（単位や「約」は不要です）。まだ分からないときは空欄のままにしてください。',
};

const STATE_ONLY: ExcelJS.DataValidation = {
  type: 'list',
  formulae: [`"${ACTUAL_STATES.join(',')}"`],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '状況を選んでください',
  error: ACTUAL_STATES_HELP,
};

export const textUpTo = (title: string, prompt: string): ExcelJS.DataValidation => ({
  type: 'textLength',
  operator: 'lessThan',
  formulae: [MAX_TEXT + 1],
  allowBlank: true,
  showInputMessage: true,
  promptTitle: title,
  prompt,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '長すぎます',
  error: `${MAX_TEXT}字までで書いてください`,
});

const REASON = textUpTo('要因・課題', '実績が目標に届いていないときは、その要因と今後の課題を書いてください（取り込みで必須です）');

/** 「#,##0.00」: the plan's precision, so 8.9 prints as 8.90 when the plan writes 8.93. */
export const numberFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

export const reportColumns: SheetColumn[] = (Object.keys(COLUMNS) as Column[]).map((k) => ({ heading: COLUMNS[k], width: WIDTHS[k], hidden: HIDDEN.has(k) }));

function actualValue(row: CollectRow): ExcelJS.CellValue {
  const a = row.current;
  if (!a) return null;
  return a.value ?? a.state ?? a.text ?? null;
}

export function reportCells(row: CollectRow): SheetCell[] {
  const figure = (v: number | string | undefined): SheetCell =>
    typeof v === 'number' ? { value: v, numFmt: numberFormat(row.decimals) } : { value: v ?? '—' };
  const open = !row.fixed;
  const cells: Record<Column, SheetCell> = {
    where: { value: [row.planTitle, row.node, row.project].filter(Boolean).join('\n') },
    indicator: { value: row.indicatorId },
    name: { value: row.indicatorName },
    unit: { value: row.unit ?? '' },
    baseline: figure(row.baseline),
    baselineWhen: { value: row.baselineWhen ?? '' },
    target: figure(row.target),
    targetWhen: { value: row.targetWhen ?? '' },
    guide: row.guide === undefined ? { value: '' } : figure(row.guide),
    marks: { value: row.marks },
    earlier: { value: row.earlier },
    year: { value: row.year },
    actual: { value: actualValue(row), input: open, validation: open ? (row.qualitative ? STATE_ONLY : NUMBER_ONLY) : undefined },
    reason: { value: row.current?.reason ?? null, input: open, validation: open ? REASON : undefined },
    note: { value: row.current?.note ?? null, input: true, validation: textUpTo('備考', '補足があれば書いてください') },
    municipality: { value: row.municipalityId },
    plan: { value: row.planId },
  };
  return (Object.keys(COLUMNS) as Column[]).map((k) => cells[k]);
}
