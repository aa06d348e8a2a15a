// One table sheet of the 実績照会 workbook: a title, the 担当課 and 記入者 labels, ruled headings
// and rows. Only input cells are unlocked and yellow; the rest are grey. Printed at full size
// (10 pt) on A4 landscape, split across pages rather than shrunk, each page repeating the headings
// and the columns that name the row.
import type ExcelJS from 'exceljs';
import { cellWidth } from './cell-width.ts';
import { LABELS } from './sheet-layout.ts';

export const FONT = 'BIZ UDPゴシック';
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
/** Every cell of the table is ruled: printed, a sheet without borders cannot be read across. */
const RULED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_ROW = 4;
/** Points per line of 10-point text. */
const LINE_HEIGHT = 13.5;

export interface SheetColumn {
  heading: string;
  /** In Excel's units (the width of a digit): a Japanese character takes two. */
  width: number;
  hidden?: boolean;
}

export interface SheetCell {
  value: ExcelJS.CellValue;
  input?: boolean;
  validation?: ExcelJS.DataValidation;
  numFmt?: string;
}

export interface TableSheet {
  name: string;
  title: string;
  department: string;
  columns: readonly SheetColumn[];
  rows: readonly SheetCell[][];
  /** Columns kept in view and repeated on every printed page (1-based, inclusive). */
  frozen: number;
  repeated: [number, number];
}

const letter = (n: number) => String.fromCharCode(64 + n);

/** Rows get the height their longest wrapped cell needs: Excel does not grow them on opening. */
function linesNeeded(cells: readonly SheetCell[], columns: readonly SheetColumn[]): number {
  return Math.max(
    1,
    ...cells.map((c, i) =>
      columns[i]!.hidden
        ? 1
        : String(c.value ?? '')
            .split('\n')
            .reduce((n, line) => n + Math.max(1, Math.ceil(cellWidth(line) / (columns[i]!.width - 1))), 0),
    ),
  );
}

export async function addTableSheet(wb: ExcelJS.Workbook, t: TableSheet): Promise<void> {
  const sheet = wb.addWorksheet(t.name, {
    views: [{ state: 'frozen', xSplit: t.frozen, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      scale: 100,
      fitToPage: false,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      printTitlesColumn: `${letter(t.repeated[0])}:${letter(t.repeated[1])}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  t.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.hidden = c.hidden ?? false;
  });
  sheet.getCell(1, 1).value = t.title;
  sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  sheet.getCell(2, 1).value = LABELS.department;
  sheet.getCell(2, 2).value = t.department;
  sheet.getCell(3, 1).value = LABELS.reporter;
  const reporter = sheet.getCell(3, 2);
  reporter.fill = INPUT_FILL;
  reporter.protection = { locked: false };
  reporter.dataValidation = {
    type: 'textLength',
    operator: 'lessThan',
    formulae: [100],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: LABELS.reporter,
    prompt: '氏名と内線番号を書いてください',
  };

  const header = sheet.getRow(HEADER_ROW);
  header.height =
    linesNeeded(
      t.columns.map((c) => ({ value: c.heading })),
      t.columns,
    ) * LINE_HEIGHT;
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.heading;
    cell.fill = HEADER_FILL;
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = RULED;
  });
  t.rows.forEach((cells, n) => {
    const row = sheet.getRow(HEADER_ROW + 1 + n);
    row.height = linesNeeded(cells, t.columns) * LINE_HEIGHT;
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = RULED;
      cell.fill = c.input ? INPUT_FILL : LOCKED_FILL;
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.input) cell.protection = { locked: false };
      if (c.validation) cell.dataValidation = c.validation;
    });
  });
  // Not a secret: it keeps the fixed cells from being changed by mistake; the import checks everything anyway.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
