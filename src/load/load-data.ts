import { withDataFolder } from './data-folder-lock.ts';
import { cachedDataset, datasetKey, rememberDataset } from './dataset-cache.ts';
import type { LoadResult } from './dataset.ts';
import { readDataFiles } from './read-files.ts';

/** Reads, validates and cross-checks a data directory; the caller holds the data folder (withDataFolder). */
export async function readAndCheck(dataDir: string): Promise<LoadResult> {
  const files = await readDataFiles(dataDir);
  const key = await datasetKey(files);
  const cached = await cachedDataset(key, files);
  if (cached) return { ok: true, dataset: cached };
  // The parsers and checks load only when the data has to be checked.
  const { assembleDataset } = await import('./assemble.ts');
  const result = assembleDataset(files);
  if (result.ok) await rememberDataset(key, result.dataset);
  return result;
}

/** Reads, validates and cross-checks a data directory, never while an import is writing it. */
export async function loadData(dataDir: string): Promise<LoadResult> {
  return withDataFolder(dataDir, '読み込み', () => readAndCheck(dataDir));
}
