import { assembleDataset } from './assemble.ts';
import { withDataFolder } from './data-folder-lock.ts';
import type { LoadResult } from './dataset.ts';
import { readDataFiles } from './read-files.ts';

/** Reads, validates and cross-checks a data directory; the caller holds the data folder (withDataFolder). */
export async function readAndCheck(dataDir: string): Promise<LoadResult> {
  return assembleDataset(await readDataFiles(dataDir));
}

/** Reads, validates and cross-checks a data directory, never while an import is writing it. */
export async function loadData(dataDir: string): Promise<LoadResult> {
  return withDataFolder(dataDir, '読み込み', () => readAndCheck(dataDir));
}
