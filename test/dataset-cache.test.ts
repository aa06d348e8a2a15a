import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS } from '../src/cli/folders.ts';
import { assembleDataset } from '../src/load/assemble.ts';
import { cachedDataset, DATASET_CACHE_DIR, datasetKey, rememberDataset } from '../src/load/dataset-cache.ts';
import type { Dataset } from '../src/load/dataset.ts';
import { loadData } from '../src/load/load-data.ts';
import { readDataFiles } from '../src/load/read-files.ts';
import { fixtureWith } from './helpers/fixture.ts';

/** Everything but the registries' functions, which toEqual cannot compare. */
const comparable = (d: Dataset) => ({ ...d, municipalities: d.municipalities.map(({ registry, ...m }) => ({ ...m, departments: registry.departments })) });

describe('the checked data kept between commands', () => {
  it('gives back the seeds exactly as checking them gives them', async () => {
    const files = await readDataFiles(BUNDLED_SEEDS);
    const checked = assembleDataset(files);
    if (!checked.ok) throw new Error('the seeds have problems');
    await rememberDataset(await datasetKey(files), checked.dataset);
    const cached = await cachedDataset(await datasetKey(files), files);
    expect(cached).toBeDefined();
    expect(comparable(cached!)).toEqual(comparable(checked.dataset));
  });

  it('keeps one object shared where the checked data shares it (a project and its departments)', async () => {
    const files = await readDataFiles(BUNDLED_SEEDS);
    const checked = assembleDataset(files);
    if (!checked.ok) throw new Error('the seeds have problems');
    await rememberDataset(await datasetKey(files), checked.dataset);
    const plan = (await cachedDataset(await datasetKey(files), files))!.municipalities[0]!.plans[0]!;
    for (const project of plan.projects) expect(plan.projectDepartments.has(project)).toBe(true);
  });

  it('resolves department names as the checked data does', async () => {
    const files = await readDataFiles(BUNDLED_SEEDS);
    const checked = assembleDataset(files);
    if (!checked.ok) throw new Error('the seeds have problems');
    await rememberDataset(await datasetKey(files), checked.dataset);
    const registry = (await cachedDataset(await datasetKey(files), files))!.municipalities[0]!.registry;
    const own = checked.dataset.municipalities[0]!.registry;
    const written = own.departments[0]!.name;
    expect(registry.resolve(written)).toEqual(own.resolve(written));
    expect(registry.resolve('存在しない課')).toEqual(own.resolve('存在しない課'));
  });

  it('is not used once a file changes: the changed data is what is read', async () => {
    const dir = await fixtureWith({});
    try {
      expect((await loadData(dir)).ok).toBe(true);
      const plan = path.join(dir, 'testcity', 'sample-plan', 'plan.yaml');
      await writeFile(plan, (await readFile(plan, 'utf8')).replace('title: テスト市協働推進計画', 'title: テスト市協働推進計画（改定）'));
      const again = await loadData(dir);
      expect(again.ok && again.dataset.municipalities[0]!.plans[0]!.plan.title).toBe('テスト市協働推進計画（改定）');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is not used once a file breaks: the problem is reported', async () => {
    const dir = await fixtureWith({});
    try {
      expect((await loadData(dir)).ok).toBe(true);
      await writeFile(path.join(dir, 'testcity', 'sample-plan', 'plan.yaml'), 'id: [broken\n');
      expect((await loadData(dir)).ok).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps nothing for data with problems, and at most eight editions', async () => {
    const dir = await fixtureWith({ 'testcity/sample-plan/plan.yaml': 'id: [broken\n' });
    try {
      const files = await readDataFiles(dir);
      expect(await cachedDataset(await datasetKey(files), files)).toBeUndefined();
      expect((await loadData(dir)).ok).toBe(false);
      expect(await cachedDataset(await datasetKey(files), files)).toBeUndefined();
      expect((await readdir(DATASET_CACHE_DIR)).filter((n) => n.endsWith('.v8')).length).toBeLessThanOrEqual(8);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
