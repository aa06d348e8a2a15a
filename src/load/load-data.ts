import { assembleDataset } from './assemble.ts';
import type { LoadResult } from './dataset.ts';
import { readDataFiles } from './read-files.ts';

/** Reads, validates and cross-checks a data directory. */
export async function loadData(dataDir: string): Promise<LoadResult> {
  return assembleDataset(await readDataFiles(dataDir));
}
