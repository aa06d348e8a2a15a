// DATA/<municipality>/<plan>/actuals/collected.csv: the actuals that came back from departments
// through `shinchoku import`. Actuals in plan.yaml or in other CSVs are transcribed from documents
// and never changed by an import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readActualsCsv } from './actuals-csv.ts';

export const COLLECTED_FILE = 'collected.csv';

export const collectedPath = (dataDir: string, municipalityId: string, planDir: string) => path.join(dataDir, municipalityId, planDir, 'actuals', COLLECTED_FILE);

/** The key of one actual: plan, indicator and fiscal year. */
export const actualKey = (planId: string, indicatorId: string, year: number) => `${planId}\0${indicatorId}\0${year}`;

/** Keys of the actuals each plan's collected.csv holds (an unreadable file holds none: load reports it). */
export async function collectedKeys(dataDir: string, plans: ReadonlyArray<{ municipality: string; plan: string }>): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const { municipality, plan } of plans) {
    const file = collectedPath(dataDir, municipality, plan);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) continue;
    for (const row of readActualsCsv(file, bytes).rows) keys.add(actualKey(plan, row.indicatorId, row.fiscalYear));
  }
  return keys;
}
