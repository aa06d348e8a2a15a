// One department's 実績照会 workbook: instructions, then the sheet to fill in. Only the input cells
// (実績, 備考, 記入者) are unlocked; 実績 accepts only a number, or a state for a qualitative indicator.
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { formatFiscalYear } from '../model/fiscal-year.ts';
import { ActualState } from '../model/indicator.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import type { Sender } from '../deliver/sender.ts';
import type { CollectRow } from './collect-rows.ts';
import { ACTUAL_STATES_HELP, COLUMNS, INSTRUCTIONS_SHEET, LABELS, REPORT_SHEET, type Column } from './sheet-layout.ts';

export interface WorkbookInput {
  municipality: string;
  department: string;
  year: number;
  deadline?: string;
  sender: Sender;
  edition: string;
  rows: readonly CollectRow[];
  templates: TemplateSet;
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
/** Every cell of the table is ruled: printed, a sheet without borders cannot be read across. */
const RULED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'BIZ UDPゴシック';
const HEADER_ROW = 4;

// In Excel's units (the width of a digit): a Japanese character takes two.
const WIDTHS: Record<Column, number> = {
  planTitle: 18, node: 22, project: 22, indicator: 9, name: 28, unit: 7, baseline: 12, target: 20, guide: 12, earlier: 20, year: 6, actual: 12, reason: 30, note: 20,
  municipality: 10, plan: 12,
};
const REASON_PROMPT: ExcelJS.DataValidation = {
  type: 'textLength', operator: 'lessThan', formulae: [1000], allowBlank: true, showInputMessage: true,
  promptTitle: '要因・課題', prompt: '実績が目標に届いていないときは、その要因と今後の課題を書いてください（取り込みで必須です）',
};
const HIDDEN: ReadonlySet<Column> = new Set(['municipality', 'plan']);
/** Points per line of 10-point text. */
const LINE_HEIGHT = 13.5;

/** Rows get the height their longest wrapped cell needs: Excel does not grow them on opening. */
function linesNeeded(values: Record<Column, ExcelJS.CellValue>): number {
  return Math.max(
    1,
    ...(Object.keys(values) as Column[]).filter((k) => !HIDDEN.has(k)).map((k) => Math.ceil(stringWidth(String(values[k] ?? '')) / (WIDTHS[k] - 1))),
  );
}

const NUMBER_ONLY: ExcelJS.DataValidation = {
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
  formulae: [`"${ActualState.options.join(',')}"`],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '状況を選んでください',
  error: ACTUAL_STATES_HELP,
};

function instructions(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const sheet = wb.addWorksheet(INSTRUCTIONS_SHEET, {
    properties: { tabColor: { argb: 'FF4472C4' } },
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = 72;
  sheet.getColumn(1).width = width;
  const text = input.templates.render('collect/instructions', {
    year: input.year,
    department: input.department,
    municipality: input.municipality,
    count: input.rows.length,
    deadline: input.deadline,
    replyTo: input.sender.replyTo,
    signature: input.sender.signature,
    edition: input.edition,
  });
  text.split('\n').forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(i + 1).height = Math.max(1, Math.ceil(stringWidth(line) / (width - 4))) * (i === 0 ? 20 : 16);
  });
}

function actualValue(row: CollectRow): ExcelJS.CellValue {
  const a = row.current;
  if (!a) return null;
  return a.value ?? a.state ?? a.text ?? null;
}

export async function departmentWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.sender.from.name;
  instructions(wb, input);
  const sheet = wb.addWorksheet(REPORT_SHEET, {
    views: [{ state: 'frozen', xSplit: 5, ySplit: HEADER_ROW }],
    // Printed at full size (10 pt), split across pages rather than shrunk to one page's width (≈6 pt):
    // each page repeats the headings and the indicator's id and name.
    pageSetup: { paperSize: 9, orientation: 'landscape', scale: 100, fitToPage: false, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, printTitlesColumn: 'D:E', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  const keys = Object.keys(COLUMNS) as Column[];
  keys.forEach((k, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[k];
    column.hidden = HIDDEN.has(k);
  });
  sheet.getCell(1, 1).value = `${input.municipality} ${formatFiscalYear(input.year)}の実績報告`;
  sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  sheet.getCell(2, 1).value = LABELS.department;
  sheet.getCell(2, 2).value = input.department;
  sheet.getCell(3, 1).value = LABELS.reporter;
  const reporter = sheet.getCell(3, 2);
  reporter.fill = INPUT_FILL;
  reporter.protection = { locked: false };
  reporter.dataValidation = { type: 'textLength', operator: 'lessThan', formulae: [100], allowBlank: true, showInputMessage: true, promptTitle: LABELS.reporter, prompt: '氏名と内線番号を書いてください' };

  const header = sheet.getRow(HEADER_ROW);
  keys.forEach((k, i) => {
    const cell = header.getCell(i + 1);
    cell.value = COLUMNS[k];
    cell.fill = HEADER_FILL;
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = RULED;
  });

  input.rows.forEach((row, n) => {
    const values: Record<Column, ExcelJS.CellValue> = {
      municipality: row.municipalityId,
      plan: row.planId,
      planTitle: row.planTitle,
      node: row.node,
      project: row.project ?? '',
      indicator: row.indicatorId,
      name: row.indicatorName,
      unit: row.unit ?? '',
      baseline: row.baseline,
      target: row.target,
      guide: row.guide,
      earlier: row.earlier,
      year: row.year,
      actual: actualValue(row),
      reason: row.current?.reason ?? null,
      note: row.current?.note ?? null,
    };
    const excelRow = sheet.getRow(HEADER_ROW + 1 + n);
    excelRow.height = linesNeeded(values) * LINE_HEIGHT;
    keys.forEach((k, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.value = values[k];
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = RULED;
      const input = (k === 'actual' && !row.fixed) || (k === 'reason' && !row.fixed) || k === 'note';
      cell.fill = input ? INPUT_FILL : LOCKED_FILL;
      if (input) cell.protection = { locked: false };
      if (k === 'actual' && !row.fixed) cell.dataValidation = row.qualitative ? STATE_ONLY : NUMBER_ONLY;
      if (k === 'reason' && !row.fixed) cell.dataValidation = REASON_PROMPT;
    });
  });
  // Not a secret: it keeps the fixed cells from being changed by mistake; the import checks everything anyway.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
