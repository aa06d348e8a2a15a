import type ExcelJS from 'exceljs';

/** The cell in `row` under the heading a person reads in row 4 of the 実績報告 sheet. */
export function cellUnder(sheet: ExcelJS.Worksheet, heading: string, row: number): ExcelJS.Cell {
  const headings = (sheet.getRow(4).values as unknown[]).map((v) => (typeof v === 'string' ? v : undefined));
  const column = headings.indexOf(heading);
  if (column < 1) throw new Error(`no column 「${heading}」 in ${JSON.stringify(headings)}`);
  return sheet.getCell(row, column);
}
