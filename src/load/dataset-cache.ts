// Every command reads, validates and cross-checks the whole data folder before it does anything,
// about 0.4 s of YAML and checks for the seeds and seconds for a large plan. The checked result of
// the same files by the same program is kept (node_modules/.cache/shinchoku/data) and read back
// instead. Only data without problems is kept, so every problem is still found and reported
// exactly as before; a cache that cannot be read or written is simply not used.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { codeFingerprint } from '../code-fingerprint.ts';
import { buildDepartmentRegistry } from '../model/department-registry.ts';
import { PACKAGE_ROOT } from '../package-root.ts';
import type { Dataset, MunicipalityData } from './dataset.ts';
import { allFiles, type DataFiles } from './read-files.ts';

export const DATASET_CACHE_DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'shinchoku', 'data');
/** Editions kept: a few data folders used in turn (tests, several municipalities) all stay cached. */
const KEEP = 8;

/** The dataset as stored: the files are those just read, and the registry (functions) is rebuilt. */
type Stored = Omit<Dataset, 'files' | 'municipalities'> & { municipalities: Array<Omit<MunicipalityData, 'registry'>> };

/** The files' key: computed once per load, for the lookup and, on a miss, the entry written. */
export async function datasetKey(files: DataFiles): Promise<string> {
  const hash = createHash('sha256').update(await codeFingerprint());
  for (const s of files.skipped) hash.update(`\0skipped\0${s.file}\0${s.reason}`);
  for (const m of files.municipalities) hash.update(`\0municipality\0${m.dir}`).update(m.plans.map((p) => p.dir).join('\0'));
  for (const f of allFiles(files)) hash.update(`\0${f.file}\0`).update(f.bytes);
  return hash.digest('hex');
}

const fileOf = (key: string) => path.join(DATASET_CACHE_DIR, `${key}.v8`);

export async function cachedDataset(key: string, files: DataFiles): Promise<Dataset | undefined> {
  let stored: Stored;
  try {
    stored = v8.deserialize(await readFile(fileOf(key))) as Stored;
  } catch {
    return undefined;
  }
  return {
    ...stored,
    files,
    municipalities: stored.municipalities.map((m) => ({ ...m, registry: buildDepartmentRegistry(m.municipality.departments) })),
  };
}

export async function rememberDataset(key: string, dataset: Dataset): Promise<void> {
  const { files: _files, municipalities, ...rest } = dataset;
  const stored: Stored = { ...rest, municipalities: municipalities.map(({ registry: _registry, ...m }) => m) };
  try {
    const file = fileOf(key);
    await mkdir(DATASET_CACHE_DIR, { recursive: true });
    // Renamed whole into place; not synced, since a lost or unreadable entry is only a slower start.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, v8.serialize(stored));
    await rename(partial, file);
    await prune();
  } catch {
    // A read-only install or a full disk: the data is checked every time, as without a cache.
  }
}

async function prune(): Promise<void> {
  const names = (await readdir(DATASET_CACHE_DIR)).filter((n) => n.endsWith('.v8'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(DATASET_CACHE_DIR, n))).mtimeMs })));
  for (const { n } of dated.sort((a, b) => b.t - a.t).slice(KEEP)) await rm(path.join(DATASET_CACHE_DIR, n), { force: true });
}
