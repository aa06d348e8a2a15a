// Pure: a table of a returned sheet found by its headings (a CSV saved from the sheet keeps them),
// with the department and reporter from the labels above it.
import { LABELS } from '../collect/sheet-layout.ts';
import type { Grid, GridCell } from './read-grid.ts';

/** Headings and labels, as Excel may have widened them. */
export const text = (c: GridCell) => (c === undefined ? undefined : String(c).normalize('NFKC').trim() || undefined);
/** Ids and notes as typed: an id may contain ① or Ⅱ, which NFKC would change. */
export const typed = (c: GridCell) => (c === undefined ? undefined : String(c).trim() || undefined);

function labelValue(grid: Grid, label: string, before: number): string | undefined {
  for (const row of grid.slice(0, before)) {
    const i = row.findIndex((c) => text(c) === label.normalize('NFKC'));
    if (i >= 0) return typed(row[i + 1]);
  }
  return undefined;
}

export interface FoundTable<K extends string> {
  /** 0-based index of the heading row. */
  headerAt: number;
  department?: string;
  reporter?: string;
  /** The cells under the headings, with their 1-based line, and a reader of one column. */
  body: Array<{ line: number; raw: (k: K) => GridCell }>;
}

/** The table whose heading row has every `keys` heading, or undefined; `missing` names required headings it lacks. */
export function findTable<K extends string>(grid: Grid, columns: Record<K, string>, keys: readonly NoInfer<K>[]): FoundTable<K> | undefined {
  const heading = (k: K) => columns[k].normalize('NFKC');
  const headerAt = grid.findIndex((row) => keys.every((k) => row.some((c) => text(c) === heading(k))));
  if (headerAt < 0) return undefined;
  const header = grid[headerAt]!.map(text);
  const columnOf = new Map<K, number>();
  for (const key of Object.keys(columns) as K[]) {
    const i = header.indexOf(heading(key));
    if (i >= 0) columnOf.set(key, i);
  }
  return {
    headerAt,
    department: labelValue(grid, LABELS.department, headerAt),
    reporter: labelValue(grid, LABELS.reporter, headerAt),
    body: grid.slice(headerAt + 1).map((cells, i) => ({ line: headerAt + 2 + i, raw: (k: K) => (columnOf.has(k) ? cells[columnOf.get(k)!] : undefined) })),
  };
}

export const missingHeadings = <K extends string>(grid: Grid, found: FoundTable<K>, columns: Record<K, string>, required: readonly NoInfer<K>[]) =>
  required.filter((k) => !grid[found.headerAt]!.some((c) => text(c) === columns[k].normalize('NFKC')));
