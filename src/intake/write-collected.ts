// The changes of an import written into each plan's actuals/collected.csv and results/collected.csv.
// The new files are checked together with the rest of the data before anything is written, and
// they replace the old ones as one set, so the data folder is never left half-imported or invalid.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeFileSet } from '../atomic-file-set.ts';
import { ShinchokuError } from '../errors.ts';
import { ACTUALS_COLUMNS, readActualsCsv } from '../load/actuals-csv.ts';
import { assembleDataset } from '../load/assemble.ts';
import { COLLECTED_FILE } from '../load/collected-actuals.ts';
import { formatProblem } from '../load/problem.ts';
import type { DataFiles, RawFile } from '../load/read-files.ts';
import { readResultsCsv, RESULTS_COLUMNS } from '../load/results-csv.ts';
import type { Change } from './check-returned.ts';
import type { MeasureChange } from './check-returned-measures.ts';

/** One CSV row: the key columns, then the value's fields by column. */
type Entry = { id: string; fiscalYear: number; fields: Record<string, unknown> };

function render(columns: Record<string, string>, entries: Entry[]): Uint8Array {
  // The first two columns are the keys (指標ID or 事業ID, 年度).
  const fields = Object.keys(columns).slice(2);
  const records = entries.map((e) => [e.id, e.fiscalYear, ...fields.map((f) => (e.fields[f] ?? '') as string | number)]);
  // A BOM and CRLF, so the file opens in Japanese Excel as it is.
  return new TextEncoder().encode(`\uFEFF${stringify([Object.values(columns), ...records], { record_delimiter: '\r\n' })}`);
}

/** Each changed plan's file (relative path → bytes): the rows it has, with the changes put in. */
function merged(
  files: Map<string, Uint8Array>,
  columns: Record<string, string>,
  changes: ReadonlyArray<{ file: string; entry: Entry }>,
  existing: Map<string, Entry[]>,
): void {
  const byFile = new Map<string, Entry[]>();
  for (const c of changes) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c.entry]);
  for (const [file, planChanges] of byFile) {
    const entries = [...(existing.get(file) ?? [])];
    for (const entry of planChanges) {
      const at = entries.findIndex((e) => e.id === entry.id && e.fiscalYear === entry.fiscalYear);
      if (at >= 0) entries[at] = entry;
      else entries.push(entry);
    }
    files.set(file, render(columns, entries));
  }
}

const collectedOf = (raws: readonly RawFile[]) => raws.find((f) => path.posix.basename(f.file) === COLLECTED_FILE);

/** Pure: the files an import writes, over the files the data was loaded from; throws when the result would not load. */
function collectedFiles(data: DataFiles, changes: readonly Change[], measures: readonly MeasureChange[]): Map<string, Uint8Array> {
  const actuals = new Map<string, Entry[]>();
  const results = new Map<string, Entry[]>();
  for (const p of data.municipalities.flatMap((m) => m.plans)) {
    const a = collectedOf(p.actuals);
    if (a)
      actuals.set(
        a.file,
        readActualsCsv(a.file, a.bytes).rows.map((r) => ({ id: r.indicatorId, fiscalYear: r.fiscalYear, fields: r.actual })),
      );
    const r = collectedOf(p.results);
    if (r)
      results.set(
        r.file,
        readResultsCsv(r.file, r.bytes).rows.map((x) => ({ id: x.projectId, fiscalYear: x.fiscalYear, fields: x.result })),
      );
  }
  const files = new Map<string, Uint8Array>();
  merged(
    files,
    ACTUALS_COLUMNS,
    changes
      .filter((c) => c.kind !== 'unchanged')
      .map((c) => ({ file: `${c.municipalityId}/${c.planId}/actuals/${COLLECTED_FILE}`, entry: { id: c.indicator.id, fiscalYear: c.year, fields: c.after } })),
    actuals,
  );
  merged(
    files,
    RESULTS_COLUMNS,
    measures
      .filter((c) => c.kind !== 'unchanged')
      .map((c) => ({ file: `${c.municipalityId}/${c.planId}/results/${COLLECTED_FILE}`, entry: { id: c.project.id, fiscalYear: c.year, fields: c.after } })),
    results,
  );
  if (files.size === 0) return files;
  const replace = (raws: readonly RawFile[], dir: string) => {
    const replaced = [...files].filter(([file]) => path.posix.dirname(file) === dir).map(([file, bytes]) => ({ file, bytes }));
    return [...raws.filter((f) => !replaced.some((r) => r.file === f.file)), ...replaced].sort((a, b) => (a.file < b.file ? -1 : 1));
  };
  const plans = (m: DataFiles['municipalities'][number]) =>
    m.plans.map((p) => ({ ...p, actuals: replace(p.actuals, `${p.dir}/actuals`), results: replace(p.results, `${p.dir}/results`) }));
  const checked = assembleDataset({ ...data, municipalities: data.municipalities.map((m) => ({ ...m, plans: plans(m) })) });
  if (!checked.ok) {
    throw new ShinchokuError(
      'IMPORT_WOULD_BREAK',
      `取り込むとデータに問題が出るため、何も書き込んでいません:\n${checked.problems.map(formatProblem).join('\n')}`,
    );
  }
  return files;
}

/** Writes the changes into the data folder; returns the files written (none when nothing changes). */
export async function writeCollected(dataDir: string, data: DataFiles, changes: readonly Change[], measures: readonly MeasureChange[] = []): Promise<string[]> {
  const files = collectedFiles(data, changes, measures);
  return files.size === 0 ? [] : writeFileSet(dataDir, files);
}
