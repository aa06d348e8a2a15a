// The data folder is read by every command and written by import. They take turns through a lock
// file in the folder, so a run never reads half of an import and two imports never overwrite each
// other. Whoever takes the lock first finishes an import that a crash cut short. A folder nobody can
// write to (the bundled seeds of a read-only install) is read without the lock: nothing can change it.
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { finishFileSet } from '../atomic-file-set.ts';
import { acquireLock, BusyError, type Release } from '../run/run-lock.ts';
import { requireDataDir } from './read-files.ts';

export const DATA_LOCK_FILE = '.shinchoku.lock';

/** An import holds the lock for about a second; a reader waits this long before saying who has it. */
const WAIT_MS = 60_000;
const POLL_MS = 200;

const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

async function takeLock(dir: string, what: string): Promise<Release | undefined> {
  const giveUpAt = Date.now() + WAIT_MS;
  for (;;) {
    try {
      return await acquireLock(path.join(dir, DATA_LOCK_FILE), what);
    } catch (error) {
      if (READ_ONLY.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
      if (!(error instanceof BusyError) || Date.now() >= giveUpAt) throw error;
      await setTimeout(POLL_MS);
    }
  }
}

/** Runs `work` while this process alone uses the data folder. Not reentrant: `work` must not call it again. */
export async function withDataFolder<T>(dir: string, what: string, work: () => Promise<T>): Promise<T> {
  await requireDataDir(dir);
  const release = await takeLock(dir, what);
  try {
    if (release) await finishFileSet(dir);
    return await work();
  } finally {
    await release?.();
  }
}
