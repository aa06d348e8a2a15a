import { spawn } from 'node:child_process';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareFileSet } from '../src/atomic-file-set.ts';
import { actualKey } from '../src/load/collected-actuals.ts';
import { DATA_LOCK_FILE } from '../src/load/data-folder-lock.ts';
import { loadData } from '../src/load/load-data.ts';
import { indicatorsById } from '../src/model/walk.ts';
import { ACTUALS, fixtureWith } from './helpers/fixture.ts';

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
    await writeFile(path.join(dir, DATA_LOCK_FILE), JSON.stringify({ pid: importer.pid, host: hostname(), what: 'import（手動）', startedAt: new Date().toISOString() }));
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
