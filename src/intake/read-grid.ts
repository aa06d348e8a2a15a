// IO: a returned file as a grid of cells, whatever it was saved as: the .xlsx itself, or a CSV
// from Excel — "CSV UTF-8" (with a BOM) or the default CSV, which Japanese Excel writes in
// Shift_JIS (CP932). Numbers stay numbers where the file keeps them (xlsx); CSV cells are text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ShinchokuError } from '../errors.ts';
import { INSTRUCTIONS_SHEET, MEASURES_SHEET, REPORT_SHEET } from '../collect/sheet-layout.ts';

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

/** More rows than this are not a returned 実績照会 sheet: it is refused before it fills the memory. */
function tooMany(file: string, maxRows: number): ShinchokuError {
  return new ShinchokuError(
    'IMPORT_TOO_MANY_ROWS',
    `${file} の行が多すぎます（${maxRows.toLocaleString('ja-JP')}行まで）。shinchoku collect で作った実績照会のシートを返してもらってください`,
  );
}

function csvGrid(bytes: Uint8Array, file: string, maxRows: number): Grid {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ShinchokuError(
      'IMPORT_UNREADABLE',
      `${file} は UTF-16（Excel の「Unicode テキスト」）で保存されています。Excel で開き、「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で保存し直してください`,
    );
  }
  const { text } = decodeCsv(bytes);
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: false, relax_quotes: true, to_line: maxRows + 1 }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ShinchokuError('IMPORT_UNREADABLE', `${file}${line ? ` の ${line} 行目` : ''} を CSV として読めません（「"」の対応を確かめてください）`);
  }
  if (rows.length > maxRows) throw tooMany(file, maxRows);
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

/** An encrypted (password-protected) workbook is not a zip but an OLE compound file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The 実績報告 and 事業の実施状況 sheets (or the first visible one), read as a stream and stopped at
 * `maxRows`: a sheet of a million rows is refused without loading it.
 */
async function xlsxGrids(bytes: Uint8Array, file: string, maxRows: number): Promise<Grid[]> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new ShinchokuError(
      'IMPORT_UNREADABLE',
      `${file} はパスワードで保護された（暗号化された）Excel ファイルです。パスワードを外して保存し直してから取り込んでください`,
    );
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const wanted: Grid[] = [];
  let fallback: Grid | undefined;
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
      const isWanted = ws.name === REPORT_SHEET || ws.name === MEASURES_SHEET;
      if (!isWanted && (fallback || ws.state === 'hidden' || ws.name === INSTRUCTIONS_SHEET)) continue;
      const grid: Grid = [];
      for await (const row of ws) {
        if (row.number > maxRows) throw tooMany(file, maxRows);
        const cells: GridCell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellValue(cell.value, cell.numFmt);
        });
        grid[row.number - 1] = cells;
      }
      const filled = Array.from(grid, (r) => r ?? []);
      if (isWanted) wanted.push(filled);
      else fallback = filled;
    }
  } catch (error) {
    if (error instanceof ShinchokuError) throw error;
    throw new ShinchokuError('IMPORT_UNREADABLE', `${file} は Excel ファイル（.xlsx）として読めません`);
  }
  if (wanted.length > 0) return wanted;
  if (!fallback) throw new ShinchokuError('IMPORT_UNREADABLE', `${file} に「${REPORT_SHEET}」シートも「${MEASURES_SHEET}」シートもありません`);
  return [fallback];
}

/** A returned file as grids (one per sheet read; a CSV has one), each of at most `maxRows` rows. */
export async function readGrids(file: string, maxRows: number): Promise<Grid[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ShinchokuError(
      'IMPORT_NOT_FOUND',
      `ファイル ${file} を読めません（${code === 'ENOENT' ? '見つかりません' : code === 'EISDIR' ? 'フォルダです' : (error as Error).message}）`,
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return xlsxGrids(bytes, file, maxRows);
  if (ext === '.csv') return [csvGrid(bytes, file, maxRows)];
  throw new ShinchokuError('IMPORT_FORMAT', `${file}: 取り込めるのは .xlsx と .csv だけです`);
}
