import { describe, expect, it } from 'vitest';
import type { ScheduleJob } from '../../src/model/schedule-config.ts';
import { adoptJobs } from '../../src/schedule/schedule-state.ts';

const job = (name: string, cron: string): ScheduleJob => ({ name, command: 'run', cron, onClosedDay: 'run' });
const now = new Date('2026-11-23T00:00:00Z');

describe('the schedule state at start', () => {
  it('starts a job seen for the first time from now, so its past firings are not caught up', () => {
    const { state, fresh } = adoptJobs({ jobs: {} }, [job('年次報告', '0 9 1 6 *')], now, '/srv/data');
    expect(fresh).toEqual(['年次報告']);
    expect(state.jobs['年次報告']).toEqual({ cron: '0 9 1 6 *', handledUpTo: '2026-11-23T00:00:00.000Z' });
  });

  it('keeps where a known job had got to', () => {
    const known = { cron: '0 9 1 6 *', handledUpTo: '2025-06-02T00:00:00.000Z', finishedAt: '2025-06-02T00:05:00.000Z', exitCode: 0 };
    const { state, fresh } = adoptJobs({ jobs: { 年次報告: known } }, [job('年次報告', '0 9 1 6 *')], now, '/srv/data');
    expect(fresh).toEqual([]);
    expect(state.jobs['年次報告']).toEqual(known);
  });

  it('restarts a job whose cron has changed, and forgets jobs no longer configured', () => {
    const previous = {
      jobs: { 年次報告: { cron: '0 9 1 6 *', handledUpTo: '2025-06-02T00:00:00.000Z' }, 廃止: { cron: '0 9 * * *', handledUpTo: '2025-06-02T00:00:00.000Z' } },
    };
    const { state, fresh } = adoptJobs(previous, [job('年次報告', '0 9 15 6 *')], now, '/srv/data');
    expect(fresh).toEqual(['年次報告']);
    expect(Object.keys(state.jobs)).toEqual(['年次報告']);
    expect(state.jobs['年次報告']!.handledUpTo).toBe('2026-11-23T00:00:00.000Z');
  });

  it('remembers the data folder the scheduler reads, for status run without --data', () => {
    expect(adoptJobs(undefined, [job('年次報告', '0 9 1 6 *')], now, '/srv/data').state.dataDir).toBe('/srv/data');
  });
});
