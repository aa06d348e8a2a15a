import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';
import type { Writable } from 'node:stream';
import type { Dataset } from '../load/dataset.ts';
import { loadData } from '../load/load-data.ts';
import { formatProblem, sortProblems, type Problem } from '../load/problem.ts';

/** The seeds bundled with the package: the default data, wherever the command is run from. */
export const BUNDLED_SEEDS = path.join(PACKAGE_ROOT, 'seeds');

export function dataDir(options: { data?: string }): string {
  return options.data ? path.resolve(options.data) : BUNDLED_SEEDS;
}

/** Loads the data; on problems, lists every one of them on `out` and returns undefined. */
export async function loadDatasetOrReport(dir: string, out: Writable): Promise<Dataset | undefined> {
  const result = await loadData(dir);
  if (result.ok) return result.dataset;
  reportProblems(result.problems, dir, out);
  return undefined;
}

/** Every problem of the data, in file order, and what to do about them. */
export function reportProblems(problems: Problem[], dir: string, out: Writable): void {
  out.write(`データに ${problems.length} 件の問題があります（フォルダ: ${dir}）\n\n`);
  for (const p of sortProblems(problems)) out.write(`${formatProblem(p)}\n`);
  out.write('\n問題をすべて直してから、もう一度実行してください。\n');
}
