// Every command that writes to the output folder or sends mail runs inside this: it holds the
// output folder's lock for the whole work and leaves one history line, whatever the outcome.
import path from 'node:path';
import { ShinchokuError, UsageError } from '../errors.ts';
import type { Log } from '../log.ts';
import { appendHistory, type HistoryEntry } from './history.ts';
import { acquireLock } from './run-lock.ts';
import { TRIGGER_LABEL } from './trigger.ts';

export const runLockFile = (outDir: string) => path.join(outDir, 'run.lock');

/** What a run has done so far; filled in as it goes, so a run that stops half way still tells. */
export type Tally = Pick<HistoryEntry, 'runId' | 'plans' | 'reports' | 'sent' | 'skipped' | 'failed'>;

export interface Guard {
  outDir: string;
  keepHistoryDays: number;
  entry: Omit<HistoryEntry, keyof Tally | 'startedAt' | 'finishedAt' | 'outcome' | 'message'>;
  log: Log;
}

export async function guarded<T>(g: Guard, work: (tally: Tally) => Promise<T>): Promise<T> {
  const what = `${g.entry.command}（${TRIGGER_LABEL[g.entry.trigger]}${g.entry.job ? `「${g.entry.job}」` : ''}）`;
  const release = await acquireLock(runLockFile(g.outDir), what);
  const startedAt = new Date().toISOString();
  const tally: Tally = { plans: [], reports: 0, sent: 0, skipped: 0, failed: 0 };
  const record = (outcome: HistoryEntry['outcome'], message?: string) =>
    appendHistory(
      g.outDir,
      { ...g.entry, ...tally, startedAt, finishedAt: new Date().toISOString(), outcome, ...(message ? { message } : {}) },
      g.keepHistoryDays,
    );
  try {
    const result = await work(tally);
    await record(tally.failed > 0 ? 'failed' : 'ok');
    return result;
  } catch (error) {
    // A command line that was wrong did nothing: it leaves no history line.
    if (error instanceof UsageError) throw error;
    const aborted = error instanceof ShinchokuError && error.code === 'ABORTED';
    await record(aborted ? 'aborted' : 'failed', (error as Error).message).catch((e: Error) =>
      g.log.warn('history.unwritable', `実行履歴を書けませんでした: ${e.message}`),
    );
    throw error;
  } finally {
    await release();
  }
}
