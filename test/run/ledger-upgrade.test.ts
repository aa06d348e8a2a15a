// Ledgers written by the version before the manifest executor (kept as fixtures, with the run id
// and output folder left open) must be honoured: an upgrade never resends, and a forced resend
// carries the same Message-ID, so a department's mail client sees one message, not two.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/load-data.ts';
import { runIdOf } from '../../src/run/run-job.ts';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

const LEDGERS = path.join(import.meta.dirname, '..', 'fixtures', 'ledgers');

async function setUp() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-upgrade-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const smtp = await startSmtp();
  cleanup.push(
    () => smtp.close(),
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  const loaded = await loadData(data);
  if (!loaded.ok) throw new Error('the fixture does not load');
  /** Puts an old ledger where the run `run` keeps its own. */
  const oldLedger = async (fixture: string, run: string) => {
    const text = (await readFile(path.join(LEDGERS, fixture), 'utf8')).replaceAll('{{run}}', run).replaceAll('{{out}}', out);
    await mkdir(path.join(out, 'runs', run), { recursive: true });
    await writeFile(path.join(out, 'runs', run, 'ledger.jsonl'), text);
  };
  const cli = (...args: string[]) => shinchokuWith({ SHINCHOKU_SMTP_URL: smtp.url() }, ...args, '--data', data, '--out', out);
  return { smtp, cli, oldLedger, runId: runIdOf(2024, loaded.dataset.edition) };
}

describe('a ledger written before the upgrade', () => {
  it('keeps a rerun of the yearly run from mailing anyone again', async () => {
    const { smtp, cli, oldLedger, runId } = await setUp();
    await oldLedger('run-2024.jsonl', runId);
    const rerun = await cli('run', '--year', '2024');
    expect(rerun.code).toBe(0);
    expect(smtp.attempts).toHaveLength(0);
    expect(rerun.stdout).toContain('スキップ  テスト市 総務部人事課: 送信済み');
    expect(rerun.stdout).toContain('スキップ  テスト市 環境部5R推進課: 送信済み');
  });

  it('gives a forced resend the Message-ID the old version used', async () => {
    const { smtp, cli, oldLedger, runId } = await setUp();
    await oldLedger('run-2024.jsonl', runId);
    expect((await cli('run', '--year', '2024', '--department', '人事課', '--force')).code).toBe(0);
    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([`<${runId}.21ae4ae0fa71d7ef@testcity.lg.jp>`]);
  });

  it("keeps the year's 実績照会 from being sent twice to a department it already reached", async () => {
    const { smtp, cli, oldLedger } = await setUp();
    await oldLedger('collect-2024.jsonl', 'collect-2024');
    const again = await cli('collect', '--year', '2024', '--send');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('スキップ  テスト市 総務部人事課: 送信済み');
    expect(smtp.received.flatMap((r) => r.envelopeTo)).not.toContain('jinji@testcity.lg.jp');
  });
});
