// The command line as an admin types it. Most tests run it in this process, through the same
// runMain the binary calls (no start-up per command); `shinchokuBinary` starts the real binary
// for what only a process shows: the entry point, the build it chooses, exit codes as the shell sees them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { runMain } from '../../src/cli/main.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
export function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Without SMTP or JSON logs from the developer's own environment. */
const cleanEnv = (env: Record<string, string>) => ({
  ...process.env,
  SHINCHOKU_SMTP_URL: '',
  SHINCHOKU_LOG_FORMAT: '',
  SHINCHOKU_DATA: '',
  SHINCHOKU_OUT: '',
  ...env,
});

let inRoot = 0;
let home = process.cwd();

/** Runs `shinchoku ARGS…` in this process, from `/` so nothing depends on the working directory. */
export function shinchoku(...args: string[]): Promise<CliResult> {
  return shinchokuWith({}, ...args);
}

/** The same, with environment variables set (an SMTP server, say). */
export async function shinchokuWith(env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  const out = sink();
  const err = sink();
  // Test files run in processes of their own; commands that overlap share the one working directory.
  if (inRoot++ === 0) {
    home = process.cwd();
    process.chdir('/');
  }
  try {
    const code = await runMain(args, { stdout: out.stream, stderr: err.stream }, cleanEnv(env));
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    if (--inRoot === 0) process.chdir(home);
  }
}

/** The real binary as a process, from `/`. */
export async function shinchokuBinary(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { cwd: '/', maxBuffer: 64 * 1024 * 1024, env: cleanEnv({}) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
