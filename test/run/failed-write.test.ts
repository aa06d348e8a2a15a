// A file of a run that cannot be written stops the run before any mail goes: the department
// receives nothing rather than a mail whose report is missing.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

/** The mail fixture, an output folder to block parts of, and a real SMTP server that must receive nothing. */
async function setUp() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-failed-write-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const smtp = await startSmtp();
  cleanup.push(
    () => smtp.close(),
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  return { data, out, smtp };
}

it('stops before sending when a department report cannot be written, keeping the files written before it', async () => {
  const { data, out, smtp } = await setUp();
  // A file where the departments' folder goes: no department report can be written there.
  await mkdir(path.join(out, '2025', 'testcity'), { recursive: true });
  await writeFile(path.join(out, '2025', 'testcity', 'departments'), 'not a folder');

  const result = await shinchokuWith({ SHINCHOKU_SMTP_URL: smtp.url() }, 'run', '--year', '2025', '--data', data, '--out', out);

  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stderr).toContain('2025/testcity/departments」にはすでに同じ名前のファイルがあり');
  expect(smtp.attempts).toHaveLength(0);
  expect(await readdir(path.join(out, '2025', 'testcity', 'sample-plan'))).toEqual(['annual-report.pdf']);
  for (const run of await readdir(path.join(out, 'runs'))) expect(await readdir(path.join(out, 'runs', run))).not.toContain('ledger.jsonl');
});

it('stops before sending when the last file of the run cannot be written', async () => {
  const { data, out, smtp } = await setUp();
  // A folder where the last file (環境部5R推進課's 実績照会) goes: it is built, and cannot be put in place.
  const last = path.join(out, '2025', 'testcity', 'collect', '令和7年度_実績照会_環境部5R推進課.xlsx');
  await mkdir(last, { recursive: true });

  const result = await shinchokuWith({ SHINCHOKU_SMTP_URL: smtp.url() }, 'run', '--year', '2025', '--data', data, '--out', out);

  expect(result.code, result.stderr).not.toBe(0);
  expect(result.stderr).toContain('[5/5] 作成中: テスト市 環境部5R推進課（実績照会）');
  expect(result.stderr).toContain(`「${last}」はフォルダです`);
  expect(smtp.attempts).toHaveLength(0);
  for (const run of await readdir(path.join(out, 'runs'))) expect(await readdir(path.join(out, 'runs', run))).not.toContain('ledger.jsonl');
});
