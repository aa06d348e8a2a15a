// output/runs/<run id>/: the run's record (each attempt, with its trigger and counts), its
// delivery ledger and a snapshot of the input data, so a past edition can be regenerated.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';

export type Trigger = 'manual' | 'resend' | 'schedule' | 'catch-up';

export interface RunAttempt {
  trigger: Trigger;
  startedAt: string;
  finishedAt: string;
  department?: string;
  dryRun: boolean;
  force: boolean;
  reports: number;
  sent: number;
  skipped: number;
  failed: number;
}

export interface RunRecord {
  runId: string;
  year: number;
  plan?: string;
  /** Short hash of the input data; the snapshot in data/ hashes to the same. */
  edition: string;
  attempts: RunAttempt[];
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

export async function recordAttempt(runDir: string, run: Omit<RunRecord, 'attempts'> & { attempt: RunAttempt }): Promise<void> {
  const { attempt, ...identity } = run;
  const previous = await readRunRecord(runDir);
  const record: RunRecord = { ...identity, attempts: [...(previous?.attempts ?? []), attempt] };
  await writeFileAtomic(path.join(runDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
}
