import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { ADDRESSES, mailFixture } from '../helpers/mail-fixture.ts';
import { PLAN } from '../helpers/fixture.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function dirs() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-run-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  return { data, out };
}

const cli = (args: string[], env: Record<string, string> = {}) => shinchokuWith(env, ...args);

describe('shinchoku run and resend', () => {
  it('after a crash between two sends, a rerun sends each remaining department exactly once', async () => {
    const { data, out } = await dirs();
    let child: ReturnType<typeof spawn> | undefined;
    // The second message is never answered: the process is killed while it waits.
    const smtp = await startSmtp(({ index }) => {
      if (index !== 1 || !child) return undefined;
      child.kill('SIGKILL');
      return 'hang';
    });
    cleanup.push(() => smtp.close());
    const env = { ...process.env, SHINCHOKU_SMTP_URL: smtp.url() };
    child = spawn('node', [BIN, 'run', '--year', '2024', '--data', data, '--out', out], { cwd: '/', env, stdio: 'ignore' });
    const signal = await new Promise((resolve) => child!.on('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([[ADDRESSES.jinji]]);

    const rerun = await cli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('スキップ  テスト市 総務部人事課: 送信済み');
    const perDepartment = smtp.received.map((r) => r.envelopeTo.sort().join(','));
    expect(perDepartment.sort()).toEqual([[...ADDRESSES.gomi].sort().join(','), ADDRESSES.jinji].sort());
  });

  it('files mail as .eml in the outbox when no SMTP server is configured', async () => {
    const { data, out } = await dirs();
    const result = await cli(['run', '--year', '2024', '--data', data, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('合計: 送信 2、スキップ 0、失敗 0、担当分なし 1');
    const [runId] = await readdir(path.join(out, 'runs'));
    const files = await readdir(path.join(out, 'outbox', runId!));
    expect(files.sort()).toEqual(['testcity-環境部5R推進課.eml', 'testcity-総務部人事課.eml']);
    const mail = await simpleParser(await readFile(path.join(out, 'outbox', runId!, 'testcity-総務部人事課.eml')));
    expect(mail.attachments[0]!.filename).toBe('令和6年度_進捗状況_総務部人事課.pdf');
    expect(mail.subject).toContain('総務部人事課');
  });

  it('sends nothing when the data does not validate', async () => {
    const { data, out } = await dirs();
    await rm(path.join(data, PLAN));
    const smtp = await startSmtp();
    cleanup.push(() => smtp.close());
    const result = await cli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('何も送っていません');
    expect(smtp.attempts).toHaveLength(0);
  });

  it('resends only what failed, with the addresses corrected since', async () => {
    const { data, out } = await dirs();
    const smtp = await startSmtp();
    cleanup.push(() => smtp.close());
    const env = { SHINCHOKU_SMTP_URL: smtp.url() };
    const municipality = path.join(data, 'testcity', 'municipality.yaml');
    const original = await readFile(municipality, 'utf8');
    await writeFile(municipality, original.replace(`emails: [${ADDRESSES.jinji}]`, 'emails: []'));
    const first = await cli(['run', '--year', '2024', '--data', data, '--out', out], env);
    expect(first.code).toBe(1);
    const runId = /実行ID: (\S+)/.exec(first.stdout)![1]!;
    // The hint names the folders this run used, so it works copied into any shell.
    const hint = /送り直すには: npx shinchoku (.+)$/m.exec(first.stdout)![1]!;
    expect(hint).toBe(`resend --run ${runId} --data ${data} --out ${out}`);

    await writeFile(municipality, original);
    const resent = await cli(hint.split(' '), env);
    expect(resent.code).toBe(0);
    expect(resent.stdout).toContain('スキップ  テスト市 環境部5R推進課: 送信済み');
    expect(smtp.received.filter((r) => r.envelopeTo.includes(ADDRESSES.jinji))).toHaveLength(1);
    expect(smtp.received).toHaveLength(2);
  });
});
