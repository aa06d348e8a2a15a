// DATA/<municipality>/<plan>/actuals/collected.csv and results/collected.csv: the actuals and project
// results that came back from departments through `shinchoku import`. Those in plan.yaml or in
// other CSVs are transcribed from documents and never changed by an import.
import path from 'node:path';
import type { ActualRow } from './actuals-csv.ts';
import type { ResultRow } from './results-csv.ts';

export const COLLECTED_FILE = 'collected.csv';

/** The key of one actual: plan, indicator and fiscal year. */
export const actualKey = (planId: string, indicatorId: string, year: number) => `${planId}\0${indicatorId}\0${year}`;

/** Keys of the rows that a plan's collected.csv holds. */
export function collectedKeysOf(planId: string, rows: readonly ActualRow[]): string[] {
  return rows.filter((r) => path.posix.basename(r.file) === COLLECTED_FILE).map((r) => actualKey(planId, r.indicatorId, r.fiscalYear));
}

/** The key of one project result: plan, project and fiscal year. */
export const resultKey = (planId: string, projectId: string, year: number) => `${planId}\0${projectId}\0${year}`;

/** Keys of the rows that a plan's results/collected.csv holds. */
export function collectedResultKeysOf(planId: string, rows: readonly ResultRow[]): string[] {
  return rows.filter((r) => path.posix.basename(r.file) === COLLECTED_FILE).map((r) => resultKey(planId, r.projectId, r.fiscalYear));
}
