// IO: the changes of an import written into each plan's actuals/collected.csv. The new files are
// checked together with the rest of the data before anything is written, and each file is replaced
// in one step, so the data folder is never left half-imported or invalid.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';
import { ACTUALS_COLUMNS, readActualsCsv, type ActualRow } from '../load/actuals-csv.ts';
import { assembleDataset } from '../load/assemble.ts';
import { COLLECTED_FILE } from '../load/collected-actuals.ts';
import { formatProblem } from '../load/problem.ts';
import { readDataFiles, type RawFile } from '../load/read-files.ts';
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

/** Writes the changes; returns the files written (none when nothing changes). */
export async function writeCollected(dataDir: string, changes: readonly Change[]): Promise<string[]> {
  const data = await readDataFiles(dataDir);
  const existing = new Map<string, ActualRow[]>();
  for (const m of data.municipalities) {
    for (const p of m.plans) {
      const raw = p.actuals.find((f) => path.posix.basename(f.file) === COLLECTED_FILE);
      if (raw) existing.set(raw.file, readActualsCsv(raw.file, raw.bytes).rows);
    }
  }
  const files = mergedFiles(changes, existing);
  if (files.size === 0) return [];
  for (const [file, bytes] of files) {
    const plan = data.municipalities.flatMap((m) => m.plans).find((p) => file.startsWith(`${p.dir}/`));
    if (!plan) throw new ShinchokuError('IMPORT_NO_PLAN', `計画のフォルダ ${path.posix.dirname(path.posix.dirname(file))} がありません`);
    const raw: RawFile = { file, bytes };
    plan.actuals = [...plan.actuals.filter((f) => f.file !== file), raw];
  }
  const checked = assembleDataset(data);
  if (!checked.ok) {
    throw new ShinchokuError('IMPORT_WOULD_BREAK', `取り込むとデータに問題が出るため、何も書き込んでいません:\n${checked.problems.map(formatProblem).join('\n')}`);
  }
  const written: string[] = [];
  for (const [file, bytes] of files) {
    const target = path.join(dataDir, ...file.split('/'));
    await writeFileAtomic(target, bytes);
    written.push(target);
  }
  return written;
}
