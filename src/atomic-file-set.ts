// Several files replaced as one change: a reader sees all of the old files or all of the new ones.
// Each new file is written beside its target and synced; then a journal naming every (temp, target)
// pair is written — the commit point — and only then are the temps renamed over the targets. A crash
// before the journal leaves the old set (and hidden temps); a crash after it is finished by
// `finishFileSet`, which whoever next holds the folder's lock runs before reading.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, writeSynced } from './atomic-write.ts';

export const JOURNAL_FILE = '.shinchoku-commit.json';

interface Journal {
  /** Paths relative to the root, with forward slashes. */
  files: Array<{ temp: string; target: string }>;
}

const absolute = (root: string, relative: string) => path.join(root, ...relative.split('/'));

async function syncDirectory(dir: string): Promise<void> {
  // Windows refuses to open a folder (EPERM); NTFS journals the renames themselves.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes every new file beside its target and the journal that commits them; nothing is replaced yet. */
export async function prepareFileSet(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  // A set left committed by a crash is finished first: its journal must not be overwritten.
  await finishFileSet(root);
  const journal: Journal = { files: [] };
  try {
    for (const [target, bytes] of files) {
      const temp = path.posix.join(path.posix.dirname(target), `.${path.posix.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
      journal.files.push({ temp, target });
      await mkdir(path.dirname(absolute(root, temp)), { recursive: true });
      await writeSynced(absolute(root, temp), bytes);
    }
    for (const dir of new Set(journal.files.map((f) => path.dirname(absolute(root, f.target))))) await syncDirectory(dir);
  } catch (error) {
    await Promise.all(journal.files.map((f) => rm(absolute(root, f.temp), { force: true })));
    throw error;
  }
  await writeFileAtomic(path.join(root, JOURNAL_FILE), `${JSON.stringify(journal, null, 2)}\n`);
  await syncDirectory(root);
}

/**
 * Completes a committed set: renames what is still a temp, then removes the journal. Returns the
 * targets it completed (none when there was no journal). Safe to run again after a crash in here.
 */
export async function finishFileSet(root: string): Promise<string[]> {
  let journal: Journal;
  try {
    journal = JSON.parse(await readFile(path.join(root, JOURNAL_FILE), 'utf8')) as Journal;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  for (const { temp, target } of journal.files) {
    try {
      await rename(absolute(root, temp), absolute(root, target));
    } catch (error) {
      // Renamed before the crash.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const dir of new Set(journal.files.map((f) => path.dirname(absolute(root, f.target))))) await syncDirectory(dir);
  await rm(path.join(root, JOURNAL_FILE));
  return journal.files.map((f) => absolute(root, f.target));
}

/** Replaces the files (relative path → new bytes) under `root` as one change. */
export async function writeFileSet(root: string, files: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  await prepareFileSet(root, files);
  return finishFileSet(root);
}
