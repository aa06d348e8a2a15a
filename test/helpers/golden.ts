// Golden files: rendered documents and messages kept in test/golden, so a change to what users read
// shows as a reviewable diff. `UPDATE_GOLDEN=1 npm test` rewrites them; review the diff before committing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

const DIR = path.join(import.meta.dirname, '..', 'golden');

export async function expectGolden(name: string, actual: string): Promise<void> {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, actual);
    return;
  }
  const expected = await readFile(file, 'utf8').catch(() => undefined);
  if (expected === undefined) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(expected);
}
