// The binary uses the JavaScript built at install only while the sources are exactly those it was
// built from: an edited, replaced or deleted source always runs as written.
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
let stamp: { sourceStamp(): string; currentBuild(): string | undefined };
const BUILT = () => path.join(root, 'node_modules', '.cache', 'shinchoku', 'js');

/** A package folder with the stamp module and one source, built (stamped) as it is now. */
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'shinchoku-stamp-'));
  await mkdir(path.join(root, 'src'), { recursive: true });
  await copyFile(path.join(import.meta.dirname, '..', 'src', 'build-stamp.js'), path.join(root, 'src', 'build-stamp.js'));
  await writeFile(path.join(root, 'package.json'), '{"name":"shinchoku"}');
  await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 1;');
  stamp = await import(`${pathToFileURL(path.join(root, 'src', 'build-stamp.js')).href}?${Math.random()}`);
  await mkdir(BUILT(), { recursive: true });
  await writeFile(path.join(BUILT(), 'stamp.json'), JSON.stringify({ sources: stamp.sourceStamp() }));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the built JavaScript', () => {
  it('is used while the sources are those it was built from', () => {
    expect(stamp.currentBuild()).toBe(path.join(BUILT(), 'cli', 'main.js'));
  });

  it('is not used once a source is edited', async () => {
    await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 2;');
    expect(stamp.currentBuild()).toBeUndefined();
  });

  it('is not used when a source is replaced by one with an older time, as unzip or rsync leave it', async () => {
    await writeFile(path.join(root, 'src', 'a.ts'), 'export const a = 22;');
    await utimes(path.join(root, 'src', 'a.ts'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect(stamp.currentBuild()).toBeUndefined();
  });

  it('is not used when a source is added or deleted', async () => {
    await writeFile(path.join(root, 'src', 'b.ts'), 'export {};');
    expect(stamp.currentBuild()).toBeUndefined();
    await rm(path.join(root, 'src', 'b.ts'));
    await rm(path.join(root, 'src', 'a.ts'));
    expect(stamp.currentBuild()).toBeUndefined();
  });

  it('is not used when there is none', async () => {
    await rm(BUILT(), { recursive: true });
    expect(stamp.currentBuild()).toBeUndefined();
  });
});
