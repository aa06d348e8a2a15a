import { spawn } from 'node:child_process';
import { cp, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareFileSet } from '../src/atomic-file-set.ts';
import { actualKey } from '../src/load/collected-actuals.ts';
import { DATA_LOCK_FILE } from '../src/load/data-folder-lock.ts';
import { loadData } from '../src/load/load-data.ts';
import { indicatorsById } from '../src/model/walk.ts';
import { ACTUALS, fixtureWith, PROJECTS } from './helpers/fixture.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

const COLLECTED = 'testcity/sample-plan/actuals/collected.csv';

async function data() {
  const dir = await fixtureWith({ [ACTUALS]: null });
  cleanup.push(() => rm(dir, { recursive: true }));
  return dir;
}

describe('reading the data folder', () => {
  it('waits while an import holds the folder, and reads once it is done', async () => {
    const dir = await data();
    const importer = spawn('sleep', ['30']);
    cleanup.push(async () => void importer.kill());
    await writeFile(
      path.join(dir, DATA_LOCK_FILE),
      JSON.stringify({ pid: importer.pid, host: hostname(), what: 'import（手動）', startedAt: new Date().toISOString() }),
    );
    let done = false;
    const loading = loadData(dir).finally(() => (done = true));
    await setTimeout(600);
    expect(done).toBe(false);
    await rm(path.join(dir, DATA_LOCK_FILE));
    expect((await loading).ok).toBe(true);
  });

  it('finishes an import that a crash cut short before reading, and takes its actuals as imported', async () => {
    const dir = await data();
    await prepareFileSet(dir, new Map([[COLLECTED, new TextEncoder().encode('指標ID,年度,実績値\r\n1-1,2024,1080\r\n')]]));
    const loaded = await loadData(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const plan = loaded.dataset.municipalities[0]!.plans[0]!;
    expect(indicatorsById(plan).get('1-1')!.actuals?.get(2024)?.value).toBe(1080);
    expect(loaded.dataset.collected).toEqual(new Set([actualKey('sample-plan', '1-1', 2024)]));
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('does not create a data folder that is not there', async () => {
    const missing = path.join(await data(), 'typo');
    await expect(loadData(missing)).rejects.toThrow(`データのフォルダ「${missing}」が見つかりません`);
    await expect(stat(missing)).rejects.toThrow();
  });
});

describe('files that are easy to lose', () => {
  it('reads a projects file that is a symbolic link, like any other', async () => {
    const dir = await fixtureWith({});
    try {
      const projects = path.join(dir, PROJECTS);
      await rename(projects, path.join(dir, 'projects-elsewhere.yaml'));
      await symlink(path.join(dir, 'projects-elsewhere.yaml'), projects);
      const result = await loadData(dir);
      expect(result.ok && result.dataset.municipalities[0]!.plans[0]!.projects.length).toBe(2);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('reports a hidden plan folder instead of dropping it, and a broken link', async () => {
    const dir = await fixtureWith({});
    try {
      await cp(path.join(dir, 'testcity/sample-plan'), path.join(dir, 'testcity/.old-plan'), { recursive: true });
      await symlink(path.join(dir, 'nowhere.yaml'), path.join(dir, 'testcity/sample-plan/projects/gone.yaml'));
      const result = await loadData(dir);
      expect(result.ok ? [] : result.problems).toEqual([
        {
          code: 'FILE_UNREADABLE',
          file: 'testcity/.old-plan',
          message: '名前が「.」で始まる隠しフォルダなので読んでいません（plan.yaml があります）。読むなら名前の先頭の「.」を外してください',
        },
        { code: 'FILE_UNREADABLE', file: 'testcity/sample-plan/projects/gone.yaml', message: 'リンク先がありません（シンボリックリンクが壊れています）' },
      ]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
