import { localParts } from './local-time.ts';

/** The fiscal year (April–March) that has most recently ended at `now` in the zone: FY2024 from 2025-04-01 00:00. */
export function lastEndedFiscalYear(now: Date, timeZone: string): number {
  const { year, month } = localParts(now, timeZone);
  return month >= 4 ? year - 1 : year - 2;
}
