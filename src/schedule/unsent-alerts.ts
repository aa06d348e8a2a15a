// output/schedule/unsent-alerts.jsonl: alerts for the admin that could not be mailed (no address, or
// the SMTP server that failed the run also refused the alert). `status` shows them first, so an
// outage is seen by whoever looks, not only in a log nobody reads.
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readJsonLines } from '../json-lines.ts';
import { scheduleDirectory } from './schedule-state.ts';

export interface UnsentAlert {
  time: string;
  job: string;
  subject: string;
  /** Why it was not mailed. */
  reason: string;
}

const alertsFile = (outDir: string) => path.join(scheduleDirectory(outDir), 'unsent-alerts.jsonl');

export async function recordUnsentAlert(outDir: string, alert: UnsentAlert): Promise<void> {
  await mkdir(scheduleDirectory(outDir), { recursive: true });
  await appendFile(alertsFile(outDir), `${JSON.stringify(alert)}\n`);
}

export const readUnsentAlerts = (outDir: string): Promise<UnsentAlert[]> => readJsonLines<UnsentAlert>(alertsFile(outDir));

/** The alerts still standing: those after which the same job has not yet finished well. */
export function standingAlerts(alerts: readonly UnsentAlert[], succeeded: (job: string, after: string) => boolean): UnsentAlert[] {
  return alerts.filter((a) => !succeeded(a.job, a.time));
}
