// Write-then-rename, so a reader sees the old file or the new one, never half of one: a failed or
// killed run leaves the previous good file in place.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeSynced(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Creates a new file (never one that exists) and waits until its bytes are on the disk. */
export async function writeSynced(file: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temporary files of writeFileAtomic: `.<name>.<12 hex>.tmp`. */
const TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** Old enough that no write in progress (of another command on the same folder) can own it. */
const STALE_MS = 10 * 60_000;

/**
 * Removes temporary files a killed process left behind under `dir` (kill -9 while a PDF was being
 * written). Only files of our own naming, and only old ones; returns how many were removed.
 */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const e of entries) {
    if (!e.isFile() || !TEMP.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const info = await stat(file).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_MS) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
