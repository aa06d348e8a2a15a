// IO at the edge: what the ledgers of a year and the settings say about its requests, so the pure
// progress figures can tell 照会前 from 照会中 and 未報告. A department is asked by the 実績照会
// `collect --send` mails, or by a yearly run's mail that carried the workbook.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectFileName } from '../collect/workbook-file.ts';
import type { Requests } from '../compute/collection.ts';
import { openLedger } from '../deliver/ledger.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { dueDate } from '../model/due-date.ts';
import { localDate } from '../schedule/local-time.ts';
import { runDirectory } from './run-record.ts';

/** One ledger per fiscal year for the 実績照会 (see collect-job). */
export const collectRunId = (year: number) => `collect-${year}`;

export type RequestsOf = (m: MunicipalityData, year: number) => Requests;

/** The ledgers that can hold a year's requests: its collect run and its yearly runs (`<year>-<edition>…`). */
function ledgersOf(outDir: string, fiscalYear: number): Array<{ ledger: ReturnType<typeof openLedger>; collect: boolean }> {
  const runs = (() => {
    try {
      return readdirSync(path.join(outDir, 'runs')).filter((name) => name.startsWith(`${fiscalYear}-`));
    } catch {
      return [];
    }
  })();
  return [
    { ledger: openLedger(path.join(runDirectory(outDir, collectRunId(fiscalYear)), 'ledger.jsonl')), collect: true },
    ...runs.map((run) => ({ ledger: openLedger(path.join(runDirectory(outDir, run), 'ledger.jsonl')), collect: false })),
  ];
}

/** Reads each year's ledgers under `outDir` once; `now` is the clock the states are read at. */
export function requestsFrom(outDir: string, now: Date, timeZone: string): RequestsOf {
  const today = localDate(now, timeZone);
  const ledgers = new Map<number, ReturnType<typeof ledgersOf>>();
  const ledgersFor = (fiscalYear: number) => {
    if (!ledgers.has(fiscalYear)) ledgers.set(fiscalYear, ledgersOf(outDir, fiscalYear));
    return ledgers.get(fiscalYear)!;
  };
  return (m, fiscalYear) => {
    // A department was asked when the request first reached it: a later forced resend that failed does not unask it.
    const sentAt = new Map<string, string>();
    for (const { ledger, collect } of ledgersFor(fiscalYear)) {
      for (const e of ledger.entries()) {
        if (e.event !== 'sent' || e.municipality !== m.municipality.id || e.year !== fiscalYear) continue;
        if (!collect && !e.attachments?.includes(collectFileName(fiscalYear, e.department))) continue;
        const first = sentAt.get(e.department);
        if (first === undefined || e.at < first) sentAt.set(e.department, e.at);
      }
    }
    const deadline = dueDate(m.actualsDue, fiscalYear);
    return { sentAt, ...(deadline ? { deadline } : {}), today };
  };
}
