import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeFileAtomic } from '../src/atomic-write.ts';

test('replaces the file and leaves no temporary file behind', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-atomic-'));
  const file = path.join(dir, 'nested', 'report.pdf');
  await writeFileAtomic(file, 'old');
  await writeFileAtomic(file, 'new');
  expect(await readFile(file, 'utf8')).toBe('new');
  expect(await readdir(path.dirname(file))).toEqual(['report.pdf']);
});

test('a failed write keeps the good file and cleans up', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-atomic-'));
  const file = path.join(dir, 'report.pdf');
  await writeFile(file, 'good');
  const failing = {
    [Symbol.iterator]: () => {
      throw new Error('disk full');
    },
  } as unknown as Uint8Array;
  await expect(writeFileAtomic(file, failing)).rejects.toThrow();
  expect(await readFile(file, 'utf8')).toBe('good');
  expect(await readdir(dir)).toEqual(['report.pdf']);
});
