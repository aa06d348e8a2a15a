// Wall-clock arithmetic in a named time zone (Asia/Tokyo unless configured), with Intl only: the
// server itself often runs in UTC.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute!, second: +parts.second! };
}

/** 2025-05-06: the calendar day of `instant` in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** How far the zone's wall clock is ahead of UTC at `instant`. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant.getTime() - instant.getMilliseconds());
}

/** The same wall-clock time `days` calendar days later (earlier when negative). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const moved = new Date(instant.getTime() + days * DAY_MS);
  return new Date(moved.getTime() + offsetMs(instant, timeZone) - offsetMs(moved, timeZone));
}

/** Midnight at the start of the local day of `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const p = localParts(instant, timeZone);
  return new Date(instant.getTime() - instant.getMilliseconds() - ((p.hour * 60 + p.minute) * 60 + p.second) * 1000);
}

/** 2026年6月1日(月) 09:00: how times are shown to admins. */
export function formatLocalTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const weekday = '日月火水木金土'[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}${p.second ? `:${String(p.second).padStart(2, '0')}` : ''}`;
  return `${p.year}年${p.month}月${p.day}日(${weekday}) ${time}`;
}

/** 2026-11-23T18:30:05+09:00: an instant as the zone's wall clock, with its offset. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const offset = Math.round(offsetMs(instant, timeZone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
