// IO at the edge: what the 実績照会 ledger of a year and the settings say about its requests, so
// the pure progress figures can tell 照会前 from 照会中 and 未報告.
import path from 'node:path';
import type { Requests } from '../compute/collection.ts';
import { openLedger } from '../deliver/ledger.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { dueDate } from '../model/settings.ts';
import { localDate } from '../schedule/local-time.ts';
import { runDirectory } from './run-record.ts';

/** One ledger per fiscal year for the 実績照会 (see collect-job). */
export const collectRunId = (year: number) => `collect-${year}`;

export type RequestsOf = (m: MunicipalityData, year: number) => Requests;

/** Reads each year's collect ledger under `outDir` once; `now` is the clock the states are read at. */
export function requestsFrom(outDir: string, now: Date, timeZone: string): RequestsOf {
  const today = localDate(now, timeZone);
  const ledgers = new Map<number, ReturnType<typeof openLedger>>();
  const ledgerOf = (fiscalYear: number) => {
    if (!ledgers.has(fiscalYear)) ledgers.set(fiscalYear, openLedger(path.join(runDirectory(outDir, collectRunId(fiscalYear)), 'ledger.jsonl')));
    return ledgers.get(fiscalYear)!;
  };
  return (m, fiscalYear) => {
    // A department was asked when the request first reached it: a later forced resend that failed does not unask it.
    const sentAt = new Map<string, string>();
    for (const e of ledgerOf(fiscalYear).entries()) {
      if (e.event !== 'sent' || e.municipality !== m.municipality.id || e.year !== fiscalYear) continue;
      const first = sentAt.get(e.department);
      if (first === undefined || e.at < first) sentAt.set(e.department, e.at);
    }
    const deadline = dueDate(m.actualsDue, fiscalYear);
    return { sentAt, ...(deadline ? { deadline } : {}), today };
  };
}
