// Loading the data for a command, and telling the admin every problem when it does not load.
import type { Writable } from 'node:stream';
import { ShinchokuError } from '../errors.ts';
import type { Dataset } from '../load/dataset.ts';
import { loadData } from '../load/load-data.ts';
import { formatProblem, sortProblems, type Problem } from '../load/problem.ts';
import type { Log } from '../log.ts';

/** Loads the data; on problems, logs every one of them (one event each in JSON logs) and returns undefined. */
export async function loadDatasetOrLog(dir: string, log: Log): Promise<Dataset | undefined> {
  const result = await loadData(dir);
  if (result.ok) return result.dataset;
  logProblems(result.problems, dir, log);
  return undefined;
}

/** The data, or INVALID_DATA after logging every problem; `consequence` says what was therefore not done. */
export async function requireDataset(dir: string, log: Log, consequence: string): Promise<Dataset> {
  const dataset = await loadDatasetOrLog(dir, log);
  if (!dataset) throw new ShinchokuError('INVALID_DATA', `データに問題があるため、${consequence}`);
  return dataset;
}

/** Every problem of the data, in file order, and what to do about them, as errors in the log. */
export function logProblems(problems: Problem[], dir: string, log: Log): void {
  log.error('data.invalid', `データに ${problems.length} 件の問題があります（フォルダ: ${dir}）\n`, { problems: problems.length });
  for (const p of sortProblems(problems)) log.error('data.problem', formatProblem(p), { code: p.code, file: p.file, line: p.line });
  log.error('data.fix', '\n問題をすべて直してから、もう一度実行してください。');
}

/** The same list as a command's result (validate), on `out`. */
export function listProblems(problems: Problem[], dir: string, out: Writable): void {
  out.write(`データに ${problems.length} 件の問題があります（フォルダ: ${dir}）\n\n`);
  for (const p of sortProblems(problems)) out.write(`${formatProblem(p)}\n`);
  out.write('\n問題をすべて直してから、もう一度実行してください。\n');
}
