// Pure: the rows of a returned 事業の実施状況 sheet, found by their headings. A row with none of the
// result's cells filled in is not reported yet.
import { MEASURE_COLUMNS, type MeasureColumn } from '../collect/sheet-layout.ts';
import type { Grid, GridCell } from './read-grid.ts';
import { findTable, missingHeadings, typed } from './returned-table.ts';

export interface ReturnedMeasure {
  line: number;
  municipality?: string;
  plan?: string;
  project?: string;
  year?: GridCell;
  done?: string;
  schedule?: string;
  selfEvaluation?: string;
  issues?: string;
  direction?: string;
  settledCost: GridCell;
  note?: string;
}

export type ReturnedMeasures = { ok: true; department?: string; reporter?: string; rows: ReturnedMeasure[]; blank: number } | { ok: false; message: string };

const NOTHING = /^[-‐‑‒–—―−－?？]?$/u;
const REQUIRED: MeasureColumn[] = ['municipality', 'plan', 'project', 'year', 'done'];
const RESULT: MeasureColumn[] = ['done', 'schedule', 'selfEvaluation', 'issues', 'direction', 'settledCost'];

/** The sheet's rows, undefined when the grid is not a 事業の実施状況 sheet. */
export function returnedMeasures(grid: Grid): ReturnedMeasures | undefined {
  const found = findTable(grid, MEASURE_COLUMNS, ['project', 'done']);
  if (!found) return undefined;
  const missing = missingHeadings(grid, found, MEASURE_COLUMNS, REQUIRED);
  if (missing.length > 0) return { ok: false, message: `見出し ${missing.map((k) => `「${MEASURE_COLUMNS[k]}」`).join('、')} の列がありません` };
  const rows: ReturnedMeasure[] = [];
  let blank = 0;
  for (const { line, raw } of found.body) {
    if (typed(raw('project')) === undefined) continue;
    // A cell left as the sheet's 「—」 (決算額 where the plan has no costs) says nothing, however a
    // CSV spelt it: Shift_JIS has no 「—」 and Excel writes 「―」, other tools 「?」.
    const cell = (k: MeasureColumn) => (NOTHING.test(typed(raw(k)) ?? '') ? undefined : typed(raw(k)));
    if (RESULT.every((k) => cell(k) === undefined)) {
      blank++;
      continue;
    }
    rows.push({
      line,
      municipality: typed(raw('municipality')),
      plan: typed(raw('plan')),
      project: typed(raw('project')),
      year: raw('year'),
      done: cell('done'),
      schedule: cell('schedule')?.normalize('NFKC'),
      selfEvaluation: cell('selfEvaluation')?.normalize('NFKC'),
      issues: cell('issues'),
      direction: cell('direction')?.normalize('NFKC'),
      settledCost: cell('settledCost') === undefined ? undefined : raw('settledCost'),
      note: cell('note'),
    });
  }
  return { ok: true, department: found.department, reporter: found.reporter, rows, blank };
}
