import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');

/** Runs the real binary as an admin would, from `/` so nothing depends on the working directory. */
export function shinchoku(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return shinchokuWith({}, ...args);
}

/** The same, with environment variables set (an SMTP server, say). */
export async function shinchokuWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { cwd: '/', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SHINCHOKU_SMTP_URL: '', SHINCHOKU_LOG_FORMAT: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
