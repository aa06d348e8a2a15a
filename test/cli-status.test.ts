import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mailFixture } from './helpers/mail-fixture.ts';
import { shinchoku, shinchokuWith } from './helpers/run-cli.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function setUp(files: Record<string, string> = {}) {
  const data = await mailFixture(files);
  const out = path.join(tmpdir(), `shinchoku-status-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  return { data, out };
}

describe('shinchoku status', () => {
  it('says nothing has run yet and there is no schedule on a fresh output folder', async () => {
    const { data, out } = await setUp();
    const result = await shinchoku('status', '--data', data, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('スケジューラ: 止まっています');
    expect(result.stdout).toContain('schedule.yaml がないため、定期実行はありません');
    expect(result.stdout).toContain('まだ実行していません');
  });

  it('lists recent runs newest first with trigger, year, plans and counts, and the next scheduled runs', async () => {
    const { data, out } = await setUp({
      'schedule.yaml': 'keepHistoryDays: 400\njobs:\n  - { name: 年次報告, command: run, cron: "0 9 1 6 *", onClosedDay: next-business-day }\n',
    });
    expect((await shinchoku('run', '--year', '2024', '--data', data, '--out', out)).code).toBe(0);
    expect((await shinchoku('run', '--year', '2024', '--dry-run', '--data', data, '--out', out)).code).toBe(0);
    const result = await shinchoku('status', '--data', data, '--out', out);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const runs = lines.filter((l) => /^\s+\d{4}年\d+月\d+日/.test(l) && l.includes('手動'));
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatch(/手動\s+run（試行）\s+2024\s+sample-plan\s+3\s+0\s+0\s+成功/);
    expect(runs[1]).toMatch(/手動\s+run\s+2024\s+sample-plan\s+3\s+2\s+0\s+成功/);
    expect(result.stdout).toMatch(/年次報告\s+run\s+\d{4}年6月[1-3]日\(.\) 09:00\s+"0 9 1 6 \*"、休日なら翌開庁日/);
    expect(result.stdout).toContain('履歴は 400 日分を保存');
  });

  it('with --json gives the same facts for scripts, runs newest first', async () => {
    const { data, out } = await setUp({ 'schedule.yaml': 'jobs:\n  - { name: 年次報告, command: run, cron: "0 9 1 6 *" }\n' });
    expect((await shinchoku('run', '--year', '2024', '--dry-run', '--data', data, '--out', out)).code).toBe(0);
    const result = await shinchoku('status', '--json', '--data', data, '--out', out);
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status).toMatchObject({
      format: 'shinchoku-status/1',
      dataDir: data,
      dataFrom: 'given',
      outDir: out,
      timeZone: 'Asia/Tokyo',
      unsentAlerts: [],
      scheduler: null,
      running: null,
    });
    expect(status.schedule.jobs).toEqual([
      { name: '年次報告', command: 'run', cron: '0 9 1 6 *', onClosedDay: 'run', next: expect.stringMatching(/^\d{4}-06-01T00:00:00\.000Z$/) },
    ]);
    expect(status.history).toHaveLength(1);
    expect(status.history[0]).toMatchObject({ command: 'run', dryRun: true, year: 2024, plans: ['sample-plan'], outcome: 'ok' });
  });

  it('with SHINCHOKU_LOG_FORMAT=json, each problem of schedule.yaml is a JSON line', async () => {
    const { data, out } = await setUp({ 'schedule.yaml': 'jobs:\n  - { name: 年次報告, command: publish, cron: "0 9 1 6 *" }\n' });
    const result = await shinchokuWith({ SHINCHOKU_LOG_FORMAT: 'json' }, 'status', '--data', data, '--out', out);
    expect(result.code).toBe(1);
    const events = result.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.find((e) => e.event === 'schedule.problem')).toMatchObject({ level: 'error', file: 'schedule.yaml', code: 'NOT_ALLOWED_VALUE' });
    expect(events.at(-1)).toMatchObject({ level: 'error', code: 'INVALID_SCHEDULE' });
  });

  it('rejects a limit that is not a positive whole number', async () => {
    const { data, out } = await setUp();
    const result = await shinchoku('status', '--limit', '0', '--data', data, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--limit には1以上の整数を書きます');
  });
});
