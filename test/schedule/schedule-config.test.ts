import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScheduleConfig } from '../../src/load/load-schedule-config.ts';
import { formatProblem } from '../../src/load/problem.ts';
import { tickExpression } from '../../src/schedule/daemon.ts';
import { argsFor } from '../../src/schedule/spawn-job.ts';
import { fixtureWith } from '../helpers/fixture.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true });
});

async function problems(yaml: string): Promise<string[]> {
  const dir = await fixtureWith({ 'schedule.yaml': yaml });
  dirs.push(dir);
  const read = await loadScheduleConfig(dir);
  return read.ok ? [] : read.problems.map(formatProblem);
}

describe('schedule.yaml', () => {
  it('reads a valid file with the default history period', async () => {
    const dir = await fixtureWith({ 'schedule.yaml': 'jobs:\n  - { name: 年次報告, command: run, cron: "0 9 1 6 *" }\n' });
    dirs.push(dir);
    expect(await loadScheduleConfig(dir)).toMatchObject({ ok: true, config: { keepHistoryDays: 1095, jobs: [{ name: '年次報告', onClosedDay: 'run' }] } });
  });

  it('sends a time zone to shinchoku.yaml, where the data keeps its one time zone', async () => {
    const [p] = await problems('timezone: Asia/Tokyo\njobs:\n  - { name: 年次報告, command: run, cron: "0 9 1 6 *" }\n');
    expect(p).toContain('タイムゾーンは shinchoku.yaml の timezone に書きます');
  });

  it('is optional', async () => {
    const dir = await fixtureWith({});
    dirs.push(dir);
    expect(await loadScheduleConfig(dir)).toEqual({ ok: true });
  });

  it('names the line of a cron with the wrong number of fields', async () => {
    const [p] = await problems('jobs:\n  - name: 年次報告\n    command: run\n    cron: "0 9 1"\n');
    expect(p).toContain('schedule.yaml');
    expect(p).toContain('4行目');
    expect(p).toContain('「分 時 日 月 曜日」の5項目');
  });

  it('refuses a day of month and a weekday together, which cron reads as either', async () => {
    const [p] = await problems('jobs:\n  - { name: 年次報告, command: run, cron: "0 9 1-7 * 1" }\n');
    expect(p).toContain('日と曜日の両方を指定しています');
  });

  it('refuses a date that never comes', async () => {
    const [p] = await problems('jobs:\n  - { name: 年次報告, command: run, cron: "0 9 30 2 *" }\n');
    expect(p).toContain('「0 9 30 2 *」は読めないか、ありえない日時です');
  });

  it('refuses a repeated job name and a plan on a reminder', async () => {
    const found = await problems(
      'jobs:\n  - { name: 督促, command: remind, cron: "0 9 10 * *", plan: kyodo }\n  - { name: 督促, command: remind, cron: "0 9 20 * *" }\n',
    );
    expect(found.join('\n')).toContain('定期実行の名前「督促」が重複しています');
    expect(found.join('\n')).toContain('計画（plan）を指定できるのは command: run のときだけです');
  });
});

describe('when the scheduler ticks', () => {
  it('ticks on the job’s own expression when it runs on closed days', () => {
    expect(tickExpression({ name: 'a', command: 'run', cron: '0 9 1 6 *', onClosedDay: 'run' })).toBe('0 9 1 6 *');
  });

  it('ticks daily at the job’s time when a firing may move to another day', () => {
    expect(tickExpression({ name: 'a', command: 'run', cron: '0 9 1 6 *', onClosedDay: 'next-business-day' })).toBe('0 9 * * *');
    expect(tickExpression({ name: 'a', command: 'remind', cron: '30 0 9 10 4-7 *', onClosedDay: 'next-business-day' })).toBe('30 0 9 * * *');
  });
});

describe('the command a scheduled job runs', () => {
  const where = { year: 2025, dataDir: '/srv/data', outDir: '/srv/output' };

  it('is the admin’s own command line, for the resolved year', () => {
    expect(argsFor({ ...where, job: { name: '年次報告', command: 'run', cron: '0 9 1 6 *', onClosedDay: 'run', plan: 'kyodo' } })).toEqual([
      'run',
      '--year',
      '2025',
      '--data',
      '/srv/data',
      '--out',
      '/srv/output',
      '--plan',
      'kyodo',
    ]);
  });

  it('sends the 実績照会 sheets when the job collects', () => {
    expect(argsFor({ ...where, job: { name: '実績照会', command: 'collect', cron: '0 9 15 4 *', onClosedDay: 'run' } })).toEqual([
      'collect',
      '--year',
      '2025',
      '--data',
      '/srv/data',
      '--out',
      '/srv/output',
      '--send',
    ]);
  });
});
