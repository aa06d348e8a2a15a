// `run --dry-run` builds every file and prints the plan of work: for each department its files,
// its recipients and the deadline it is asked to answer by; it sends nothing and records no delivery.
import { readdir, rm } from 'node:fs/promises';
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

it('prints department → files → recipients → deadline, and sends nothing', async () => {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-dry-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const smtp = await startSmtp();
  cleanup.push(
    () => smtp.close(),
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  const result = await shinchokuWith({ SHINCHOKU_SMTP_URL: smtp.url() }, 'run', '--year', '2025', '--dry-run', '--data', data, '--out', out);
  expect(result.code).toBe(0);
  // Printed relative to the working folder (the tests run in /).
  const shown = (file: string) => path.relative('/', path.join(out, file));
  expect(result.stdout).toContain(
    [
      '  テスト市 総務部人事課',
      `    ファイル: ${shown('2025/testcity/departments/総務部人事課.pdf')}`,
      `    ファイル: ${shown('2025/testcity/collect/令和7年度_実績照会_総務部人事課.xlsx')}`,
      '    宛先: jinji@testcity.lg.jp',
      '    提出期限: 令和8年6月30日',
    ].join('\n'),
  );
  expect(result.stdout).toContain(`作成のみ（メールに添付しないもの）\n  ${shown('2025/testcity/sample-plan/annual-report.pdf')}`);
  expect(result.stdout).toContain('担当分なし テスト市 政策開発部広聴広報課');
  expect(smtp.attempts).toHaveLength(0);
  // Built, not delivered: the files are there to look at, and no ledger says anything was sent.
  expect(await readdir(path.join(out, '2025', 'testcity', 'departments'))).toEqual(['環境部5R推進課.pdf', '総務部人事課.pdf']);
  const runs = await readdir(path.join(out, 'runs'));
  for (const run of runs) expect(await readdir(path.join(out, 'runs', run))).not.toContain('ledger.jsonl');
});
