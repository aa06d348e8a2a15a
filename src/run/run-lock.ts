// One run at a time per output folder, across processes (a CLI run and the scheduler's run): a lock
// file created exclusively, naming its holder. A holder that died leaves a stale lock, which the
// next run detects (same machine, process gone or machine rebooted since) and removes.
// Hand-written rather than proper-lockfile: that library judges staleness by a timestamp it
// refreshes on a timer, and a synchronous PDF build starves timers, so a live run could lose its lock.
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { ShinchokuError } from '../errors.ts';

export interface LockHolder {
  pid: number;
  host: string;
  boot?: string;
  /** What holds it, in words: 「run（定期実行「年次報告」）」. */
  what: string;
  startedAt: string;
}

export type Release = () => Promise<void>;

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | 'gone' | 'unreadable'> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockHolder;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  const boot = bootId();
  if (boot && holder.boot && boot !== holder.boot) return true;
  // A restarted container can get the same pid (often 1) and boot id: a lock naming us is not ours.
  return holder.pid === process.pid || !isAlive(holder.pid);
}

/** A guard older than this was left by a process that died while breaking a lock. */
const GUARD_STALE_MS = 10_000;

/**
 * Removes a stale lock, unless another process is already doing so. Two processes that both saw the
 * same stale holder must not both remove a lock: the second would remove the first one's new lock.
 */
async function breakStale(file: string, stale: LockHolder): Promise<void> {
  const guard = `${file}.breaking`;
  let handle;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - ((await stat(guard).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (age > GUARD_STALE_MS) await rm(guard, { force: true });
    else await setTimeout(100);
    return;
  }
  try {
    const now = await readHolder(file);
    if (typeof now === 'object' && now.pid === stale.pid && now.startedAt === stale.startedAt) await rm(file, { force: true });
  } finally {
    await handle.close();
    await rm(guard, { force: true });
  }
}

export class BusyError extends ShinchokuError {
  constructor(readonly holder: LockHolder) {
    super(
      'BUSY',
      `別の実行が進行中です（${holder.what}、${new Date(holder.startedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })} 開始、${holder.host} のプロセス ${holder.pid}）。終わってから、もう一度実行してください。進み具合は shinchoku status で確かめられます`,
    );
  }
}

/** Takes the lock or throws BusyError naming who has it. */
export async function acquireLock(file: string, what: string): Promise<Release> {
  await mkdir(path.dirname(file), { recursive: true });
  const mine: LockHolder = { pid: process.pid, host: hostname(), boot: bootId(), what, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(mine)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return async () => {
        const holder = await readHolder(file);
        if (typeof holder === 'object' && holder.pid === mine.pid && holder.startedAt === mine.startedAt) await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = await readHolder(file);
    // Empty or half-written: its writer is between creating and writing it, or died there.
    if (holder === 'unreadable') holder = await setTimeout(200).then(() => readHolder(file));
    if (holder === 'gone') continue;
    if (holder === 'unreadable') {
      await rm(file, { force: true });
      continue;
    }
    if (isStale(holder)) {
      await breakStale(file, holder);
      continue;
    }
    throw new BusyError(holder);
  }
  throw new ShinchokuError('LOCK', `ロックファイル ${file} を作れません。ほかの実行と取り合いになっています。少し待ってから、もう一度実行してください`);
}

/** Who holds the lock now, if anyone alive does. */
export async function lockHolder(file: string): Promise<LockHolder | undefined> {
  const holder = await readHolder(file);
  return typeof holder === 'object' && !isStale(holder) ? holder : undefined;
}
