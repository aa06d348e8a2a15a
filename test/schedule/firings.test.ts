import { describe, expect, it } from 'vitest';
import { closedDayReason } from '../../src/schedule/closed-days.ts';
import { decide, latestFiring, upcomingFirings, type Timing } from '../../src/schedule/firings.ts';
import { lastEndedFiscalYear } from '../../src/schedule/last-ended-fiscal-year.ts';

// 09:00 in Tokyo is 00:00 UTC the same day, which keeps the expected instants readable.
const tokyo = (cron: string, onClosedDay: Timing['onClosedDay'] = 'next-business-day'): Timing => ({ cron, timeZone: 'Asia/Tokyo', onClosedDay });
const at = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('closed days of a city hall', () => {
  it('names weekends, national holidays with their substitute days, and the year-end break', () => {
    expect(closedDayReason('2025-06-01')).toBe('日曜日');
    expect(closedDayReason('2025-05-31')).toBe('土曜日');
    expect(closedDayReason('2025-05-05')).toBe('こどもの日');
    expect(closedDayReason('2025-05-06')).toContain('振替休日');
    expect(closedDayReason('2025-12-29')).toBe('年末年始の休日');
    expect(closedDayReason('2026-01-02')).toBe('年末年始の休日');
    expect(closedDayReason('2025-06-02')).toBeUndefined();
  });
});

describe('next firings', () => {
  it('an annual run on 1 June fires at 09:00 Tokyo time, which is midnight UTC', () => {
    expect(iso(upcomingFirings(tokyo('0 9 1 6 *', 'run'), at('2026-11-23T00:00:00Z'), 2))).toEqual(['2027-06-01T00:00:00.000Z', '2028-06-01T00:00:00.000Z']);
  });

  it('runs on the weekend day itself when the job does not move off closed days', () => {
    expect(iso(upcomingFirings(tokyo('0 9 1 6 *', 'run'), at('2025-01-01T00:00:00Z'), 1))).toEqual(['2025-06-01T00:00:00.000Z']);
  });

  it('moves a Sunday (1 June 2025) to Monday at the same time', () => {
    expect(iso(upcomingFirings(tokyo('0 9 1 6 *'), at('2025-01-01T00:00:00Z'), 1))).toEqual(['2025-06-02T00:00:00.000Z']);
  });

  it('moves 3 May 2025 past Golden Week (Sat 憲法記念日, Sun, Mon こどもの日, Tue 振替休日) to Wednesday 7 May', () => {
    expect(iso(upcomingFirings(tokyo('0 9 3 5 *'), at('2025-01-01T00:00:00Z'), 1))).toEqual(['2025-05-07T00:00:00.000Z']);
  });

  it('moves 29 December past the year-end break and the weekend to Monday 5 January', () => {
    expect(iso(upcomingFirings(tokyo('0 9 29 12 *'), at('2025-12-01T00:00:00Z'), 1))).toEqual(['2026-01-05T00:00:00.000Z']);
  });

  it('folds a daily job’s Saturday, Sunday and Monday into one Monday firing', () => {
    // Friday 6 June 2025, 10:00 in Tokyo: today's 09:00 has passed.
    expect(iso(upcomingFirings(tokyo('0 9 * * *'), at('2025-06-06T01:00:00Z'), 2))).toEqual(['2025-06-09T00:00:00.000Z', '2025-06-10T00:00:00.000Z']);
  });

  it('moves a weekend job with two times a day to Monday once for each time', () => {
    // Friday 6 June 2025 after 17:00 in Tokyo: Saturday and Sunday 9:00 and 17:00 all move to Monday.
    expect(iso(upcomingFirings(tokyo('0 9,17 * * *'), at('2025-06-06T09:00:00Z'), 3))).toEqual([
      '2025-06-09T00:00:00.000Z',
      '2025-06-09T08:00:00.000Z',
      '2025-06-10T00:00:00.000Z',
    ]);
  });

  it('still finds a moved firing when asked from inside the closed days', () => {
    // Sunday 4 May 2025: the firing of 3 May has moved to 7 May, after now.
    expect(iso(upcomingFirings(tokyo('0 9 3 5 *'), at('2025-05-04T03:00:00Z'), 1))).toEqual(['2025-05-07T00:00:00.000Z']);
    expect(latestFiring(tokyo('0 9 3 5 *'), at('2025-05-04T03:00:00Z'))?.toISOString()).toBe('2024-05-07T00:00:00.000Z');
  });

  it('reads the time in the configured zone', () => {
    expect(iso(upcomingFirings({ cron: '0 9 1 6 *', timeZone: 'UTC', onClosedDay: 'run' }, at('2026-11-23T00:00:00Z'), 1))).toEqual([
      '2027-06-01T09:00:00.000Z',
    ]);
  });
});

describe('whether a job runs now', () => {
  const annual = tokyo('0 9 1 6 *');

  it('runs on time when the tick comes at the firing', () => {
    expect(decide(annual, { handledUpTo: at('2025-05-20T00:00:00Z'), now: at('2025-06-02T00:00:00.150Z'), atStart: false })).toEqual({
      run: true,
      firing: at('2025-06-02T00:00:00Z'),
      trigger: 'schedule',
      folded: [],
      moreFolded: false,
    });
  });

  it('does not run on the closed day itself: the tick on Sunday finds nothing due', () => {
    expect(decide(annual, { handledUpTo: at('2025-05-20T00:00:00Z'), now: at('2025-06-01T00:00:00.150Z'), atStart: false })).toEqual({ run: false });
  });

  it('catches up at start a firing missed while the process was down', () => {
    const d = decide(annual, { handledUpTo: at('2025-05-20T00:00:00Z'), now: at('2025-06-10T01:00:00Z'), atStart: true });
    expect(d).toMatchObject({ run: true, firing: at('2025-06-02T00:00:00Z'), trigger: 'catch-up', folded: [] });
  });

  it('runs once for several missed firings and lists the earlier ones as folded', () => {
    // Monthly reminder on the 10th: 10 May 2025 is a Saturday (→ Mon 12 May); 10 June is a Tuesday.
    const d = decide(tokyo('0 9 10 * *'), { handledUpTo: at('2025-04-15T00:00:00Z'), now: at('2025-06-15T00:00:00Z'), atStart: true });
    expect(d).toMatchObject({ run: true, firing: at('2025-06-10T00:00:00Z'), trigger: 'catch-up', folded: [at('2025-05-12T00:00:00Z')], moreFolded: false });
  });

  it('counts a late tick as a catch-up', () => {
    expect(decide(annual, { handledUpTo: at('2025-05-20T00:00:00Z'), now: at('2025-06-02T00:05:00Z'), atStart: false })).toMatchObject({
      run: true,
      trigger: 'catch-up',
    });
  });

  it('does nothing when the latest firing has already been handled', () => {
    expect(decide(annual, { handledUpTo: at('2025-06-02T00:00:00Z'), now: at('2025-12-01T00:00:00Z'), atStart: true })).toEqual({ run: false });
  });

  it('lists only so many folded firings of a frequent job', () => {
    const d = decide(tokyo('* * * * * *', 'run'), { handledUpTo: at('2025-06-02T00:00:00Z'), now: at('2025-06-02T00:01:00Z'), atStart: true, listLimit: 5 });
    expect(d).toMatchObject({ run: true, firing: at('2025-06-02T00:01:00Z'), moreFolded: true });
    expect(d.run && d.folded).toHaveLength(5);
  });
});

describe('the fiscal year a scheduled run reports on', () => {
  it('is the one before last until 31 March ends in Tokyo, even though it is still 31 March in UTC after that', () => {
    expect(lastEndedFiscalYear(at('2025-03-31T14:59:59Z'), 'Asia/Tokyo')).toBe(2023);
    expect(lastEndedFiscalYear(at('2025-03-31T15:00:00Z'), 'Asia/Tokyo')).toBe(2024);
  });

  it('is the previous one for the rest of the calendar year', () => {
    expect(lastEndedFiscalYear(at('2025-06-02T00:00:00Z'), 'Asia/Tokyo')).toBe(2024);
    expect(lastEndedFiscalYear(at('2025-12-31T14:00:00Z'), 'Asia/Tokyo')).toBe(2024);
    expect(lastEndedFiscalYear(at('2026-01-05T00:00:00Z'), 'Asia/Tokyo')).toBe(2024);
  });
});
