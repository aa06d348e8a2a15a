// DATA/<municipality>/<plan>/actuals/collected.csv: the actuals that came back from departments
// through `shinchoku import`. Actuals in plan.yaml or in other CSVs are transcribed from documents
// and never changed by an import.
import path from 'node:path';
import type { ActualRow } from './actuals-csv.ts';

export const COLLECTED_FILE = 'collected.csv';

/** The key of one actual: plan, indicator and fiscal year. */
export const actualKey = (planId: string, indicatorId: string, year: number) => `${planId}\0${indicatorId}\0${year}`;

/** Keys of the rows that a plan's collected.csv holds. */
export function collectedKeysOf(planId: string, rows: readonly ActualRow[]): string[] {
  return rows.filter((r) => path.posix.basename(r.file) === COLLECTED_FILE).map((r) => actualKey(planId, r.indicatorId, r.fiscalYear));
}
