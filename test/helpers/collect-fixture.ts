// The minimal data set up for collect → import round trips through the CLI.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTUALS, MINIMAL, PROJECTS } from './fixture.ts';
import { mailFixture } from './mail-fixture.ts';
import { shinchokuWith } from './run-cli.ts';

const cleanup: Array<() => Promise<void>> = [];
/** For afterEach: removes the folders the test made. */
export async function cleanUp(): Promise<void> {
  for (const c of cleanup.splice(0)) await c();
}

/** Registers something else to undo after the test (a server to close). */
export const onCleanUp = (undo: () => Promise<void>) => cleanup.push(undo);

export const SHEET = '令和6年度_実績照会_総務部人事課.xlsx';
export const COLLECTED = 'testcity/sample-plan/actuals/collected.csv';
export const COLLECTED_RESULTS = 'testcity/sample-plan/results/collected.csv';

/** The minimal data without its actuals CSV: 人事課's indicator 1-1 has a 2024 target of 1,200 and no actual. */
export async function setUp(files: Record<string, string> = {}) {
  const data = await mailFixture({ [ACTUALS]: null, ...files });
  const out = path.join(tmpdir(), `shinchoku-collect-${process.pid}-${Math.random().toString(36).slice(2)}`);
  await mkdir(out, { recursive: true });
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  // import works on the data folder alone; the other commands also write to the output folder.
  const cli = (env: Record<string, string>, ...args: string[]) => shinchokuWith(env, ...args, '--data', data, ...(args[0] === 'import' ? [] : ['--out', out]));
  return { data, out, cli: (...args: string[]) => cli({}, ...args), cliWith: cli };
}

/** The minimal data with project 1's 2024 result not reported yet (its budget of 12,500千円 stays). */
export async function withoutResults() {
  const projects = (await readFile(path.join(MINIMAL, PROJECTS), 'utf8')).replace(/\n  results:\n(    .*\n)+/, '\n');
  return setUp({ [PROJECTS]: projects });
}
