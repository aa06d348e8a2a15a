// IO: a returned file as a grid of cells, whatever it was saved as: the .xlsx itself, or a CSV
// from Excel — "CSV UTF-8" (with a BOM) or the default CSV, which Japanese Excel writes in
// Shift_JIS (CP932). Numbers stay numbers where the file keeps them (xlsx); CSV cells are text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ShinchokuError } from '../errors.ts';
import { REPORT_SHEET } from '../collect/sheet-layout.ts';

export type GridCell = string | number | undefined;
export type Grid = GridCell[][];

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Shift_JIS (Windows-31J). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
  }
}

function csvGrid(bytes: Uint8Array, file: string): Grid {
  const { text } = decodeCsv(bytes);
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ShinchokuError('IMPORT_UNREADABLE', `${file}${line ? ` の ${line} 行目` : ''} を CSV として読めません（「"」の対応を確かめてください）`);
  }
  return rows.map((row) => row.map((c) => (c.trim() === '' ? undefined : c)));
}

function cellValue(value: ExcelJS.CellValue, numFmt = ''): GridCell {
  if (value === null || value === undefined) return undefined;
  // A typed 12.5% is stored as 0.125 with a percent format: the sheet's unit is the percent itself.
  if (typeof value === 'number') return numFmt.includes('%') ? Math.round(value * 100 * 1e9) / 1e9 : value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value instanceof Date) return `日付 ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'boolean') return String(value);
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue, numFmt);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  return undefined;
}

async function xlsxGrid(bytes: Uint8Array, file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ShinchokuError('IMPORT_UNREADABLE', `${file} は Excel ファイル（.xlsx）として読めません`);
  }
  const sheet = wb.getWorksheet(REPORT_SHEET) ?? wb.worksheets.find((s) => s.state === 'visible');
  if (!sheet) throw new ShinchokuError('IMPORT_UNREADABLE', `${file} に「${REPORT_SHEET}」シートがありません`);
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value, cell.numFmt);
    });
    grid[n - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

export async function readGrid(file: string): Promise<Grid> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ShinchokuError('IMPORT_NOT_FOUND', `ファイル ${file} を読めません（${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '見つかりません' : (error as Error).message}）`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return xlsxGrid(bytes, file);
  if (ext === '.csv') return csvGrid(bytes, file);
  throw new ShinchokuError('IMPORT_FORMAT', `${file}: 取り込めるのは .xlsx と .csv だけです`);
}
