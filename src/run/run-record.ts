// output/runs/<run id>/: what the run is (year, plan, data edition), its delivery ledger and a
// snapshot of the input data, so a past edition can be regenerated and resent. Each attempt is a
// line in output/history.jsonl.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';

export interface RunRecord {
  runId: string;
  year: number;
  plan?: string;
  /** Short hash of the input data; the snapshot in data/ hashes to the same. */
  edition: string;
}

export const runDirectory = (outDir: string, runId: string) => path.join(outDir, 'runs', runId);

export async function readRunRecord(runDir: string): Promise<RunRecord | undefined> {
  try {
    return JSON.parse(await readFile(path.join(runDir, 'run.json'), 'utf8')) as RunRecord;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ShinchokuError('RUN_RECORD', `実行記録 ${path.join(runDir, 'run.json')} を読めません: ${(error as Error).message}`);
  }
}

export async function writeRunRecord(runDir: string, record: RunRecord): Promise<void> {
  if (await readRunRecord(runDir)) return;
  await writeFileAtomic(path.join(runDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
}
