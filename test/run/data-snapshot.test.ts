import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadData } from '../../src/load/load-data.ts';
import { writeDataSnapshot } from '../../src/run/data-snapshot.ts';
import { ACTUALS, fixtureWith } from '../helpers/fixture.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

it('is the edition the run loaded, even when an import changed the folder in between', async () => {
  const dir = await fixtureWith({ [ACTUALS]: null });
  const out = `${dir}-out`;
  cleanup.push(
    () => rm(dir, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  const loaded = await loadData(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));

  await mkdir(path.join(dir, 'testcity/sample-plan/actuals'), { recursive: true });
  await writeFile(path.join(dir, 'testcity/sample-plan/actuals/collected.csv'), '指標ID,年度,実績値\r\n1-1,2024,1080\r\n');
  const snapshot = path.join(out, 'runs', 'r', 'data');
  await writeDataSnapshot(loaded.dataset.files, snapshot);

  const fromSnapshot = await loadData(snapshot);
  const now = await loadData(dir);
  if (!fromSnapshot.ok || !now.ok) throw new Error('the snapshot and the folder should both load');
  expect(fromSnapshot.dataset.edition).toBe(loaded.dataset.edition);
  expect(now.dataset.edition).not.toBe(loaded.dataset.edition);
});
