import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { finishFileSet, JOURNAL_FILE, prepareFileSet, writeFileSet } from '../src/atomic-file-set.ts';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true });
});

/** Two files, a/x.csv and b/y.csv, that a change replaces together. */
async function twoFiles() {
  const root = await mkdtemp(path.join(tmpdir(), 'shinchoku-set-'));
  cleanup.push(root);
  await mkdir(path.join(root, 'a'));
  await mkdir(path.join(root, 'b'));
  await writeFile(path.join(root, 'a', 'x.csv'), 'old x');
  await writeFile(path.join(root, 'b', 'y.csv'), 'old y');
  const read = async () => [await readFile(path.join(root, 'a', 'x.csv'), 'utf8'), await readFile(path.join(root, 'b', 'y.csv'), 'utf8')];
  const change = new Map([
    ['a/x.csv', new TextEncoder().encode('new x')],
    ['b/y.csv', new TextEncoder().encode('new y')],
  ]);
  return { root, read, change };
}

test('replaces every file of the set and leaves no journal or temporary file', async () => {
  const { root, read, change } = await twoFiles();
  await writeFileSet(root, change);
  expect(await read()).toEqual(['new x', 'new y']);
  expect((await readdir(root)).sort()).toEqual(['a', 'b']);
  expect(await readdir(path.join(root, 'a'))).toEqual(['x.csv']);
});

test('before the journal is written, the old files are all still there', async () => {
  const { root, read, change } = await twoFiles();
  await prepareFileSet(root, change);
  // A crash just before the commit point: the journal never reached the disk.
  await rm(path.join(root, JOURNAL_FILE));
  expect(await read()).toEqual(['old x', 'old y']);
  expect(await finishFileSet(root)).toEqual([]);
  expect(await read()).toEqual(['old x', 'old y']);
});

test('a set cut short after its first file is completed from the journal', async () => {
  const { root, read, change } = await twoFiles();
  await prepareFileSet(root, change);
  const journal = JSON.parse(await readFile(path.join(root, JOURNAL_FILE), 'utf8')) as { files: Array<{ temp: string; target: string }> };
  // What a crash after the first rename leaves.
  const first = journal.files[0]!;
  await rename(path.join(root, first.temp), path.join(root, first.target));
  expect(await read()).toEqual(['new x', 'old y']);

  expect(await finishFileSet(root)).toEqual([path.join(root, 'a', 'x.csv'), path.join(root, 'b', 'y.csv')]);
  expect(await read()).toEqual(['new x', 'new y']);
  expect((await readdir(root)).sort()).toEqual(['a', 'b']);
});

test('a new set first completes the one a crash left committed', async () => {
  const { root, read, change } = await twoFiles();
  await prepareFileSet(root, change);
  await writeFileSet(root, new Map([['a/x.csv', new TextEncoder().encode('newer x')]]));
  expect(await read()).toEqual(['newer x', 'new y']);
});
