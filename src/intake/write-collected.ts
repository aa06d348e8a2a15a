// The changes of an import written into each plan's actuals/collected.csv. The new files are
// checked together with the rest of the data before anything is written, and they replace the old
// ones as one set, so the data folder is never left half-imported or invalid.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeFileSet } from '../atomic-file-set.ts';
import { ShinchokuError } from '../errors.ts';
import { ACTUALS_COLUMNS, readActualsCsv, type ActualRow } from '../load/actuals-csv.ts';
import { assembleDataset } from '../load/assemble.ts';
import { COLLECTED_FILE } from '../load/collected-actuals.ts';
import { formatProblem } from '../load/problem.ts';
import type { DataFiles } from '../load/read-files.ts';
import type { Actual } from '../model/indicator.ts';
import type { Change } from './check-returned.ts';

type Entry = { indicatorId: string; fiscalYear: number; actual: Actual };

function render(entries: Entry[]): Uint8Array {
  const fields = Object.keys(ACTUALS_COLUMNS) as Array<keyof typeof ACTUALS_COLUMNS>;
  const records = entries.map((e) => {
    const a = e.actual as Record<string, unknown>;
    return fields.map((f) => (f === 'indicator' ? e.indicatorId : f === 'fiscalYear' ? e.fiscalYear : (a[f] ?? '')) as string | number);
  });
  // A BOM and CRLF, so the file opens in Japanese Excel as it is.
  return new TextEncoder().encode(`\uFEFF${stringify([Object.values(ACTUALS_COLUMNS), ...records], { record_delimiter: '\r\n' })}`);
}

/** The new bytes of each plan's collected.csv (relative path → bytes), for the plans that change. */
function mergedFiles(changes: readonly Change[], existing: Map<string, ActualRow[]>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const byFile = new Map<string, Change[]>();
  for (const c of changes.filter((x) => x.kind !== 'unchanged')) {
    const file = `${c.municipalityId}/${c.planId}/actuals/${COLLECTED_FILE}`;
    byFile.set(file, [...(byFile.get(file) ?? []), c]);
  }
  for (const [file, planChanges] of byFile) {
    const entries: Entry[] = (existing.get(file) ?? []).map((r) => ({ indicatorId: r.indicatorId, fiscalYear: r.fiscalYear, actual: r.actual }));
    for (const c of planChanges) {
      const at = entries.findIndex((e) => e.indicatorId === c.indicator.id && e.fiscalYear === c.year);
      const entry = { indicatorId: c.indicator.id, fiscalYear: c.year, actual: c.after };
      if (at >= 0) entries[at] = entry;
      else entries.push(entry);
    }
    files.set(file, render(entries));
  }
  return files;
}

/** Pure: the files an import writes, over the files the data was loaded from; throws when the result would not load. */
function collectedFiles(data: DataFiles, changes: readonly Change[]): Map<string, Uint8Array> {
  const existing = new Map<string, ActualRow[]>();
  for (const p of data.municipalities.flatMap((m) => m.plans)) {
    const raw = p.actuals.find((f) => path.posix.basename(f.file) === COLLECTED_FILE);
    if (raw) existing.set(raw.file, readActualsCsv(raw.file, raw.bytes).rows);
  }
  const files = mergedFiles(changes, existing);
  if (files.size === 0) return files;
  const plans = (m: DataFiles['municipalities'][number]) =>
    m.plans.map((p) => {
      const replaced = [...files].filter(([file]) => file.startsWith(`${p.dir}/`)).map(([file, bytes]) => ({ file, bytes }));
      return { ...p, actuals: [...p.actuals.filter((f) => !replaced.some((r) => r.file === f.file)), ...replaced].sort((a, b) => (a.file < b.file ? -1 : 1)) };
    });
  const checked = assembleDataset({ ...data, municipalities: data.municipalities.map((m) => ({ ...m, plans: plans(m) })) });
  if (!checked.ok) {
    throw new ShinchokuError('IMPORT_WOULD_BREAK', `取り込むとデータに問題が出るため、何も書き込んでいません:\n${checked.problems.map(formatProblem).join('\n')}`);
  }
  return files;
}

/** Writes the changes into the data folder; returns the files written (none when nothing changes). */
export async function writeCollected(dataDir: string, data: DataFiles, changes: readonly Change[]): Promise<string[]> {
  const files = collectedFiles(data, changes);
  return files.size === 0 ? [] : writeFileSet(dataDir, files);
}
