// Pure: when a scheduled job fires. A firing is a cron occurrence, moved to the next business day
// (same wall-clock time) when the job says so. Every function takes the clock as an argument.
import { CronExpressionParser } from 'cron-parser';
import { closedDayReason } from './closed-days.ts';
import { addLocalDays, localDate, startOfLocalDay } from './local-time.ts';

export interface Timing {
  cron: string;
  timeZone: string;
  onClosedDay: 'run' | 'next-business-day';
}

export type ScheduledTrigger = 'schedule' | 'catch-up';

export const timingOf = (job: { cron: string; onClosedDay: Timing['onClosedDay'] }, timeZone: string): Timing => ({
  cron: job.cron,
  timeZone,
  onClosedDay: job.onClosedDay,
});

// Far more occurrences than any real schedule has in one search; only a broken expression gets here.
const MAX_STEPS = 2_000_000;

const occurrences = (t: Timing, from: Date) => CronExpressionParser.parse(t.cron, { currentDate: from, tz: t.timeZone });

/** Where an occurrence actually fires: later by as many days as it takes to leave closed days. */
export function firingOf(t: Timing, occurrence: Date): Date {
  if (t.onClosedDay === 'run') return occurrence;
  let days = 0;
  while (closedDayReason(localDate(addLocalDays(occurrence, days, t.timeZone), t.timeZone))) days++;
  return days === 0 ? occurrence : addLocalDays(occurrence, days, t.timeZone);
}

/** Earliest instant whose occurrences can fire after `after`: the closed days just before it. */
function searchStart(t: Timing, after: Date): Date {
  if (t.onClosedDay === 'run') return after;
  const closed = (day: Date) => closedDayReason(localDate(day, t.timeZone)) !== undefined;
  let day = startOfLocalDay(after, t.timeZone);
  if (!closed(day)) day = addLocalDays(day, -1, t.timeZone);
  let start = after;
  while (closed(day)) {
    start = day;
    day = addLocalDays(day, -1, t.timeZone);
  }
  return start;
}

/** Firings strictly after `after`, in order. */
function* firingsAfter(t: Timing, after: Date): Generator<Date> {
  const it = occurrences(t, new Date(searchStart(t, after).getTime() - 1));
  // Occurrences on several closed days move to the same business day: each time there is one
  // firing. Every closed day has the same times, so the first one yields them in order.
  const yielded = new Set<number>();
  for (let step = 0; step < MAX_STEPS && it.hasNext(); step++) {
    const firing = firingOf(t, it.next().toDate());
    if (firing.getTime() <= after.getTime() || yielded.has(firing.getTime())) continue;
    yielded.add(firing.getTime());
    yield firing;
  }
}

/** The next `count` firings after `now`. */
export function upcomingFirings(t: Timing, now: Date, count: number): Date[] {
  const result: Date[] = [];
  for (const f of firingsAfter(t, now)) {
    result.push(f);
    if (result.length === count) break;
  }
  return result;
}

/** The latest firing at or before `now`. */
export function latestFiring(t: Timing, now: Date): Date | undefined {
  const it = occurrences(t, new Date(now.getTime() + 1));
  for (let step = 0; step < MAX_STEPS && it.hasPrev(); step++) {
    // Going back, the first occurrence that fires by now is the latest firing (moving is monotone).
    const firing = firingOf(t, it.prev().toDate());
    if (firing.getTime() <= now.getTime()) return firing;
  }
  return undefined;
}

export type Decision =
  | { run: false }
  | {
      run: true;
      /** The firing the run serves (the latest one due). */
      firing: Date;
      trigger: ScheduledTrigger;
      /** Earlier due firings folded into this run: logged, never run one by one. */
      folded: Date[];
      /** More folded firings than listed. */
      moreFolded: boolean;
    };

export interface DecisionInput {
  /** The firing the last completed run served, or when the schedule was first started. */
  handledUpTo: Date;
  now: Date;
  /** At process start every due firing is a catch-up; on a tick, only a late one. */
  atStart: boolean;
  /** A tick this much after its firing still counts as on time. */
  toleranceMs?: number;
  /** How many folded firings to list. */
  listLimit?: number;
}

/** Whether a job runs now, for which firing, and as what. */
export function decide(t: Timing, input: DecisionInput): Decision {
  const { handledUpTo, now, atStart, toleranceMs = 60_000, listLimit = 20 } = input;
  const firing = latestFiring(t, now);
  if (!firing || firing.getTime() <= handledUpTo.getTime()) return { run: false };
  const folded: Date[] = [];
  let moreFolded = false;
  for (const f of firingsAfter(t, handledUpTo)) {
    if (f.getTime() >= firing.getTime()) break;
    if (folded.length === listLimit) {
      moreFolded = true;
      break;
    }
    folded.push(f);
  }
  const late = now.getTime() - firing.getTime() > toleranceMs;
  return { run: true, firing, trigger: atStart || late ? 'catch-up' : 'schedule', folded, moreFolded };
}
