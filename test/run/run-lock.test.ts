import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, BusyError } from '../../src/run/run-lock.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function lockFile() {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-lock-'));
  cleanup.push(() => rm(dir, { recursive: true }));
  return path.join(dir, 'run.lock');
}

const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), what: 'run（手動）', startedAt: '2026-11-23T00:00:00.000Z' });

describe('the run lock', () => {
  it('is taken, names its holder, and is gone after release', async () => {
    const file = await lockFile();
    const release = await acquireLock(file, 'run（手動）');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid, what: 'run（手動）' });
    await release();
    await expect(stat(file)).rejects.toThrow();
  });

  it('is refused while a live process holds it', async () => {
    const file = await lockFile();
    const sleeper = spawn('sleep', ['30']);
    cleanup.push(async () => void sleeper.kill());
    await writeFile(file, holder(sleeper.pid!));
    const refused = await acquireLock(file, 'run（手動）').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect((refused as BusyError).exitCode).toBe(75);
  });

  it('is taken over from a process that no longer exists', async () => {
    const file = await lockFile();
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(file, holder(gone.pid!));
    const release = await acquireLock(file, 'run（手動）');
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('is taken over when it names this very process, as after a container restart', async () => {
    const file = await lockFile();
    await writeFile(file, holder(process.pid));
    const release = await acquireLock(file, 'run（手動）');
    expect(JSON.parse(await readFile(file, 'utf8')).startedAt).not.toBe('2026-11-23T00:00:00.000Z');
    await release();
  });
});
