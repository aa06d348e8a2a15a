import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/run/history.ts';
import { PLAN } from '../helpers/fixture.ts';
import { shinchoku, shinchokuWith } from '../helpers/run-cli.ts';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { spawnCli, waitFor } from '../helpers/spawn-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function setUp(schedule: string, files: Record<string, string | null> = {}) {
  const data = await mailFixture({ 'schedule.yaml': schedule, ...files });
  const out = path.join(tmpdir(), `shinchoku-daemon-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  return { data, out };
}

function startDaemon(data: string, out: string, env: Record<string, string> = {}, args: string[] = []) {
  const daemon = spawnCli(['schedule', '--data', data, '--out', out, ...args], env);
  cleanup.unshift(async () => {
    daemon.child.kill('SIGKILL');
    await daemon.exited;
  });
  return daemon;
}

const events = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('shinchoku schedule', () => {
  it('runs a job on its per-second schedule, records it, and exits cleanly on SIGTERM', async () => {
    const { data, out } = await setUp(`jobs:\n  - name: 毎秒\n    command: run\n    cron: "* * * * * *"\n`);
    const daemon = startDaemon(data, out);
    // The scheduler has seen its child end and recorded the firing as handled. On a loaded machine the
    // first second may pass before the scheduler is up: that firing is then a catch-up, so wait for
    // a run on the schedule itself.
    const first = await waitFor('the scheduler to record a run on its schedule', async () =>
      daemon.stderr().includes('"event":"run.finished"') ? (await readHistory(out)).find((e) => e.outcome === 'ok' && e.trigger === 'schedule') : undefined,
    );
    // Files written: the annual report, two department reports and the two departments' 実績照会 workbooks.
    expect(first).toMatchObject({ command: 'run', trigger: 'schedule', job: '毎秒', plans: ['sample-plan'], reports: 5, failed: 0 });
    // Both departments are mailed once: by this run, or by a catch-up run before it (then skipped here).
    expect(first.sent + first.skipped).toBe(2);
    // The fiscal year is the last one that has ended by today, resolved when the job runs.
    expect(first!.year).toBeGreaterThanOrEqual(2025);

    daemon.child.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    const log = events(daemon.stderr());
    expect(log.map((e) => e.event)).toContain('schedule.stopped');
    // Building PDFs happens in the child, so the scheduler's own clock never fell behind.
    expect(log.filter((e) => e.event === 'schedule.tick-missed')).toEqual([]);
    expect(log.find((e) => e.event === 'mail.sent')).toMatchObject({ job: '毎秒', runId: first!.runId });
    const state = JSON.parse(await readFile(path.join(out, 'schedule', 'state.json'), 'utf8'));
    // At least the firing of the first run is recorded as handled (the run's own start can lag it on a busy machine).
    const firstFiring = log.find((e) => e.event === 'run.start' && typeof e.firing === 'string')!.firing as string;
    expect(Date.parse(state.jobs['毎秒'].handledUpTo)).toBeGreaterThanOrEqual(Date.parse(firstFiring));
    expect(await exists(path.join(out, 'schedule', 'daemon.lock'))).toBe(false);
  });

  it('refuses to start a second scheduler on the same output folder, and writes its log to the file it is given', async () => {
    const { data, out } = await setUp(`jobs:\n  - name: 年次報告\n    command: run\n    cron: "0 9 1 6 *"\n`);
    const logFile = path.join(out, 'logs', 'schedule.jsonl');
    const daemon = startDaemon(data, out, {}, ['--log-file', logFile]);
    const fileLog = () => readFile(logFile, 'utf8').catch(() => '');
    await waitFor('the scheduler to start', async () => ((await fileLog()).includes('"event":"schedule.start"') ? true : undefined));
    const second = spawnCli(['schedule', '--data', data, '--out', out]);
    expect(await second.exited).toBe(75);
    expect(second.stderr()).toContain('スケジューラはすでに動いています');
    expect(second.stderr()).toContain(`プロセス ${daemon.child.pid}`);
    const status = await shinchokuWith({}, 'status', '--data', data, '--out', out);
    expect(status.stdout).toContain(`スケジューラ: 動いています（`);
    expect(status.stdout).toContain(`プロセス ${daemon.child.pid}`);

    daemon.child.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    expect(events(await fileLog()).map((e) => e.event)).toEqual([
      'schedule.new-job',
      'schedule.start',
      'schedule.next',
      'schedule.stopping',
      'schedule.stopped',
    ]);
  });

  it('catches up once at start on a firing missed while down, and mails the admin when that run fails', async () => {
    // The plan file is gone, so the run fails validation.
    const { data, out } = await setUp(`adminEmails: [admin@testcity.lg.jp]\njobs:\n  - name: 年次報告\n    command: run\n    cron: "0 9 1 1 *"\n`, {
      [PLAN]: null,
    });
    const thisYear = new Date().getUTCFullYear();
    // Last handled: 1 January two years back, so the firing a year later is folded into one run.
    const handled = new Date(Date.UTC(thisYear - 2, 0, 1, 0, 0, 0));
    await mkdir(path.join(out, 'schedule'), { recursive: true });
    await writeFile(
      path.join(out, 'schedule', 'state.json'),
      JSON.stringify({ jobs: { 年次報告: { cron: '0 9 1 1 *', handledUpTo: handled.toISOString(), finishedAt: handled.toISOString(), exitCode: 0 } } }),
    );
    const smtp = await startSmtp();
    cleanup.push(() => smtp.close());
    const daemon = startDaemon(data, out, { SHINCHOKU_SMTP_URL: smtp.url() });

    const admin = await waitFor('the admin mail', () => smtp.received[0]);
    expect(admin.envelopeTo).toEqual(['admin@testcity.lg.jp']);
    expect(admin.mail.subject).toMatch(/^【shinchoku】定期実行「年次報告」が失敗しました（令和\d+年度）$/);
    expect(admin.mail.text).toContain('契機: 定期（遅れて実行）');
    expect(admin.mail.text).toContain('結果: 終了コード 1');
    expect(admin.mail.text).toContain('データに問題があるため');
    expect(admin.mail.text).toContain(`npx shinchoku run --year`);

    const [entry, ...more] = await readHistory(out);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ trigger: 'catch-up', job: '年次報告', outcome: 'failed' });
    daemon.child.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    const log = events(daemon.stderr());
    expect(log.find((e) => e.event === 'data.invalid')?.msg).toContain(
      `このままでは予定の実行が失敗します。npx shinchoku validate --data ${data} で確かめてください`,
    );
    expect(log.filter((e) => e.event === 'schedule.missed').map((e) => e.firing)).toEqual([new Date(Date.UTC(thisYear - 1, 0, 1, 0, 0, 0)).toISOString()]);
    expect(log.filter((e) => e.event === 'run.start' && e.job === '年次報告' && e.trigger === 'catch-up')).toHaveLength(1);
  });

  it('keeps an alert the SMTP server refused where status shows it first, and logs it as an error', async () => {
    const { data, out } = await setUp(`adminEmails: [admin@testcity.lg.jp]\njobs:\n  - name: 年次報告\n    command: run\n    cron: "0 9 1 1 *"\n`, {
      [PLAN]: null,
    });
    const handled = new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 1, 0, 0, 0));
    await mkdir(path.join(out, 'schedule'), { recursive: true });
    await writeFile(
      path.join(out, 'schedule', 'state.json'),
      JSON.stringify({ jobs: { 年次報告: { cron: '0 9 1 1 *', handledUpTo: handled.toISOString() } } }),
    );
    // A server that was there and is now down: every connection is refused.
    const smtp = await startSmtp();
    const url = smtp.url();
    await smtp.close();
    const daemon = startDaemon(data, out, { SHINCHOKU_SMTP_URL: url });
    await waitFor('the unsent alert', async () => (daemon.stderr().includes('"event":"admin.unsent"') ? true : undefined));
    daemon.child.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    expect(events(daemon.stderr()).find((e) => e.event === 'admin.unsent')).toMatchObject({ level: 'error', job: '年次報告' });

    // Without --data, status reads the data folder this output folder's scheduler reads.
    const status = await shinchoku('status', '--out', out);
    const lines = status.stdout.split('\n');
    expect(lines[0]).toBe('管理者に届いていない知らせ（1件。同じ定期実行が成功すると消えます）');
    expect(lines[1]).toMatch(/^ {2}\d{4}年.*「年次報告」【shinchoku】定期実行「年次報告」が失敗しました（令和\d+年度）$/);
    expect(lines[2]).toMatch(/^ {4}届かなかった理由: メールを送れませんでした: /);
    expect(status.stdout).toContain(`データ: ${data}（スケジューラが読むフォルダ）`);
    expect(status.stdout).toMatch(/年次報告\s+run\s+\d{4}年1月1日/);
  });

  it('reopens its log file on SIGHUP, so a rotated log goes on in a new file', async () => {
    const { data, out } = await setUp(`jobs:\n  - name: 年次報告\n    command: run\n    cron: "0 9 1 6 *"\n`);
    const logFile = path.join(out, 'logs', 'schedule.jsonl');
    const rotated = `${logFile}.1`;
    const daemon = startDaemon(data, out, {}, ['--log-file', logFile]);
    const read = (file: string) => readFile(file, 'utf8').catch(() => '');
    await waitFor('the scheduler to start', async () => ((await read(logFile)).includes('"event":"schedule.next"') ? true : undefined));
    await rename(logFile, rotated);
    daemon.child.kill('SIGHUP');
    await waitFor('the new log file', async () => ((await read(logFile)).includes('"event":"log.reopened"') ? true : undefined));
    daemon.child.kill('SIGTERM');
    expect(await daemon.exited).toBe(0);
    expect(events(await read(rotated)).map((e) => e.event)).toEqual(['schedule.new-job', 'schedule.start', 'schedule.next']);
    expect(events(await read(logFile)).map((e) => e.event)).toEqual(['log.reopened', 'schedule.stopping', 'schedule.stopped']);
  });
});
