// The binary uses the JavaScript built at install only while no source is newer: an edited source
// always runs as written.
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

/** A package folder with the stamp module, one source and a build stamped `builtAt` (ms). */
async function packageWith(builtAt: number | undefined, sourceAt: number): Promise<() => string | undefined> {
  root = await mkdtemp(path.join(tmpdir(), 'shinchoku-stamp-'));
  await mkdir(path.join(root, 'src'), { recursive: true });
  await copyFile(path.join(import.meta.dirname, '..', 'src', 'build-stamp.js'), path.join(root, 'src', 'build-stamp.js'));
  await writeFile(path.join(root, 'package.json'), '{"name":"shinchoku"}');
  await writeFile(path.join(root, 'src', 'a.ts'), 'export {};');
  const at = (ms: number) => new Date(ms);
  for (const f of ['package.json', 'src/build-stamp.js', 'src/a.ts']) await utimes(path.join(root, f), at(1_000_000), at(f === 'src/a.ts' ? sourceAt : 1_000_000));
  if (builtAt !== undefined) {
    const dir = path.join(root, 'node_modules', '.cache', 'shinchoku', 'js');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'stamp.json'), JSON.stringify({ sources: builtAt }));
  }
  const module = (await import(`${pathToFileURL(path.join(root, 'src', 'build-stamp.js')).href}?${Math.random()}`)) as { currentBuild: () => string | undefined };
  return module.currentBuild;
}

describe('the built JavaScript', () => {
  it('is used when no source is newer than the build', async () => {
    const currentBuild = await packageWith(2_000_000, 1_500_000);
    expect(currentBuild()).toBe(path.join(root, 'node_modules', '.cache', 'shinchoku', 'js', 'cli', 'main.js'));
  });

  it('is not used once a source was saved after it', async () => {
    expect((await packageWith(2_000_000, 2_500_000))()).toBeUndefined();
  });

  it('is not used when there is none', async () => {
    expect((await packageWith(undefined, 1_500_000))()).toBeUndefined();
  });
});
