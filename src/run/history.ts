// output/history.jsonl: one line per finished run, resend or reminder (whatever its outcome), for
// `shinchoku status`. Lines older than the configured period are dropped when a new one is added.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { readJsonLines } from '../json-lines.ts';

import type { Trigger } from './trigger.ts';

export interface HistoryEntry {
  command: 'run' | 'resend' | 'remind' | 'collect' | 'import';
  trigger: Trigger;
  /** The scheduled job that started it. */
  job?: string;
  runId?: string;
  year?: number;
  plans: string[];
  department?: string;
  dryRun?: boolean;
  startedAt: string;
  finishedAt: string;
  outcome: 'ok' | 'failed' | 'aborted';
  reports: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Why it failed or stopped. */
  message?: string;
}

export const historyFile = (outDir: string) => path.join(outDir, 'history.jsonl');

export const readHistory = (outDir: string): Promise<HistoryEntry[]> => readJsonLines<HistoryEntry>(historyFile(outDir));

/** Appends one entry (synced to disk) and drops those that started more than `keepDays` ago. */
export async function appendHistory(outDir: string, entry: HistoryEntry, keepDays: number, now = new Date()): Promise<void> {
  const file = historyFile(outDir);
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const previous = await readHistory(outDir);
  const kept = previous.filter((e) => Date.parse(e.startedAt) >= cutoff);
  if (kept.length !== previous.length) {
    await writeFileAtomic(file, [...kept, entry].map((e) => `${JSON.stringify(e)}\n`).join(''));
    return;
  }
  const handle = await open(file, 'a');
  try {
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
