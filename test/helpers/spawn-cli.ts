// The real binary as a child process, for tests that signal it or run two at once.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** With `ipc`, the child gets an IPC channel, as the scheduler's children do on Windows. */
export function spawnCli(args: string[], env: Record<string, string> = {}, { ipc = false } = {}): Spawned {
  const child = spawn('node', [BIN, ...args], {
    cwd: '/',
    env: { ...process.env, SHINCHOKU_SMTP_URL: '', SHINCHOKU_LOG_FORMAT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += String(c)));
  child.stderr!.on('data', (c: Buffer) => (err += String(c)));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
