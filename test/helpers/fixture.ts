import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadData } from '../../src/load/load-data.ts';
import type { Problem } from '../../src/load/problem.ts';

export const MINIMAL = path.join(import.meta.dirname, '..', 'fixtures', 'minimal');

/** A copy of the minimal data set with some files replaced (or removed, with null). */
export async function fixtureWith(files: Record<string, string | Uint8Array | null>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-test-'));
  await cp(MINIMAL, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    if (content === null) await rm(target);
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  return dir;
}

/** Loads a modified fixture and returns its problems (empty when it loads). */
export async function problemsWith(files: Record<string, string | Uint8Array | null>): Promise<Problem[]> {
  const dir = await fixtureWith(files);
  try {
    const result = await loadData(dir);
    return result.ok ? [] : result.problems;
  } finally {
    await rm(dir, { recursive: true });
  }
}

export const PLAN = 'testcity/sample-plan/plan.yaml';
export const PROJECTS = 'testcity/sample-plan/projects/projects.yaml';
export const ACTUALS = 'testcity/sample-plan/actuals/actuals.csv';
export const MUNICIPALITY = 'testcity/municipality.yaml';
