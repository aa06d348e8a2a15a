// Pure: the rows of a returned 実績報告 sheet, found by their headings (a CSV saved from the sheet
// keeps them), with the department and reporter from the labels above the table.
import { COLUMNS, LABELS, type Column } from '../collect/sheet-layout.ts';
import type { Grid, GridCell } from './read-grid.ts';

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

export type ReturnedSheet =
  | { ok: true; department?: string; reporter?: string; rows: ReturnedRow[]; blank: number }
  | { ok: false; message: string };

const REQUIRED: Column[] = ['municipality', 'plan', 'indicator', 'year', 'actual'];

/** Headings and labels, as Excel may have widened them. */
const text = (c: GridCell) => (c === undefined ? undefined : String(c).normalize('NFKC').trim() || undefined);
/** Ids and notes as typed: an id may contain ① or Ⅱ, which NFKC would change. */
const typed = (c: GridCell) => (c === undefined ? undefined : String(c).trim() || undefined);

function labelValue(grid: Grid, label: string, before: number): string | undefined {
  for (const row of grid.slice(0, before)) {
    const i = row.findIndex((c) => text(c) === label.normalize('NFKC'));
    if (i >= 0) return typed(row[i + 1]);
  }
  return undefined;
}

export function returnedRows(grid: Grid): ReturnedSheet {
  const headerAt = grid.findIndex((row) => row.some((c) => text(c) === COLUMNS.indicator) && row.some((c) => text(c) === COLUMNS.actual));
  if (headerAt < 0) {
    return { ok: false, message: `見出しの行（「${COLUMNS.indicator}」と「${COLUMNS.actual}」のある行）が見つかりません。shinchoku collect で作ったシートに記入してください` };
  }
  const header = grid[headerAt]!.map(text);
  const columnOf = new Map<Column, number>();
  for (const key of Object.keys(COLUMNS) as Column[]) {
    const i = header.indexOf(COLUMNS[key]);
    if (i >= 0) columnOf.set(key, i);
  }
  const missing = REQUIRED.filter((k) => !columnOf.has(k));
  if (missing.length > 0) return { ok: false, message: `見出し ${missing.map((k) => `「${COLUMNS[k]}」`).join('、')} の列がありません` };

  const rows: ReturnedRow[] = [];
  let blank = 0;
  grid.slice(headerAt + 1).forEach((cells, i) => {
    const raw = (k: Column) => (columnOf.has(k) ? cells[columnOf.get(k)!] : undefined);
    if (typed(raw('indicator')) === undefined) return;
    if (raw('actual') === undefined || (typeof raw('actual') === 'string' && typed(raw('actual')) === undefined)) {
      blank++;
      return;
    }
    rows.push({
      line: headerAt + 2 + i,
      municipality: typed(raw('municipality')),
      plan: typed(raw('plan')),
      indicator: typed(raw('indicator')),
      year: raw('year'),
      actual: raw('actual'),
      reason: typed(raw('reason')),
      note: typed(raw('note')),
    });
  });
  return { ok: true, department: labelValue(grid, LABELS.department, headerAt), reporter: labelValue(grid, LABELS.reporter, headerAt), rows, blank };
}
