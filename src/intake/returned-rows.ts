// Pure: the rows of a returned 実績報告 sheet, found by their headings.
import { COLUMNS, type Column } from '../collect/sheet-layout.ts';
import type { Grid, GridCell } from './read-grid.ts';
import { findTable, missingHeadings, typed } from './returned-table.ts';

export interface ReturnedRow {
  /** 1-based row in the sheet (or line in the CSV). */
  line: number;
  municipality?: string;
  plan?: string;
  indicator?: string;
  year?: GridCell;
  actual: GridCell;
  reason?: string;
  note?: string;
}

export type ReturnedSheet = { ok: true; department?: string; reporter?: string; rows: ReturnedRow[]; blank: number } | { ok: false; message: string };

const REQUIRED: Column[] = ['municipality', 'plan', 'indicator', 'year', 'actual'];

/** The sheet's rows, undefined when the grid is not a 実績報告 sheet. */
export function returnedRows(grid: Grid): ReturnedSheet | undefined {
  const found = findTable(grid, COLUMNS, ['indicator', 'actual']);
  if (!found) return undefined;
  const missing = missingHeadings(grid, found, COLUMNS, REQUIRED);
  if (missing.length > 0) return { ok: false, message: `見出し ${missing.map((k) => `「${COLUMNS[k]}」`).join('、')} の列がありません` };
  const rows: ReturnedRow[] = [];
  let blank = 0;
  for (const { line, raw } of found.body) {
    if (typed(raw('indicator')) === undefined) continue;
    if (raw('actual') === undefined || (typeof raw('actual') === 'string' && typed(raw('actual')) === undefined)) {
      blank++;
      continue;
    }
    rows.push({
      line,
      municipality: typed(raw('municipality')),
      plan: typed(raw('plan')),
      indicator: typed(raw('indicator')),
      year: raw('year'),
      actual: raw('actual'),
      reason: typed(raw('reason')),
      note: typed(raw('note')),
    });
  }
  return { ok: true, department: found.department, reporter: found.reporter, rows, blank };
}
