// A rerun of the same run keeps the files it would build the same, byte for byte (with the time
// they were first made), and builds again any file whose content changed or whose bytes on the
// disk are no longer those it wrote.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PLAN } from '../helpers/fixture.ts';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { shinchoku } from '../helpers/run-cli.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function folders() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-built-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  // A dry run sends nothing, so nothing a report shows (who was asked when) changes between runs.
  const run = () => shinchoku('run', '--year', '2024', '--dry-run', '--data', data, '--out', out);
  return { data, out, run };
}

async function builtFiles(out: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const files = (await readdir(path.join(out, '2024'), { recursive: true })).filter((f) => /\.(pdf|xlsx)$/.test(f));
  return new Map(
    await Promise.all(
      files.map(async (f) => [f, { bytes: await readFile(path.join(out, '2024', f)), mtimeMs: (await stat(path.join(out, '2024', f))).mtimeMs }] as const),
    ),
  );
}

it('keeps every file of a rerun whose content has not changed, untouched', async () => {
  const { out, run } = await folders();
  expect((await run()).code).toBe(0);
  const first = await builtFiles(out);
  // The annual report, two departments' reports and their workbooks, but for what the fixture omits.
  expect(first.size).toBeGreaterThanOrEqual(3);
  const again = await run();
  expect(again.code).toBe(0);
  expect(again.stderr).toContain(`前回と同じ内容のファイル ${first.size} 件は作り直さずに使いました`);
  const second = await builtFiles(out);
  for (const [file, { bytes, mtimeMs }] of first) {
    expect(second.get(file)!.bytes.equals(bytes), file).toBe(true);
    expect(second.get(file)!.mtimeMs, file).toBe(mtimeMs);
  }
});

it('builds again a file that was changed or removed on the disk, and only that one', async () => {
  const { out, run } = await folders();
  await run();
  const first = await builtFiles(out);
  const [changed, removed] = [...first.keys()].filter((f) => f.endsWith('.pdf'));
  await writeFile(path.join(out, '2024', changed!), 'not a pdf');
  await rm(path.join(out, '2024', removed!));
  const again = await run();
  expect(again.stderr).toContain(`前回と同じ内容のファイル ${first.size - 2} 件は作り直さずに使いました`);
  const second = await builtFiles(out);
  expect(second.get(changed!)!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(second.has(removed!)).toBe(true);
});

it('builds again every report whose data changed: a new edition is a new run', async () => {
  const { data, run } = await folders();
  await run();
  await writeFile(path.join(data, PLAN), `${await readFile(path.join(data, PLAN), 'utf8')}\n# 追記\n`);
  const again = await run();
  expect(again.code).toBe(0);
  expect(again.stderr).not.toContain('作り直さずに使いました');
});
