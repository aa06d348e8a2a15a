// What `status` knows, gathered once and printed as text or as JSON (`status --json`).
import { readHistory, type HistoryEntry } from '../run/history.ts';
import { lockHolder, type LockHolder } from '../run/run-lock.ts';
import { runLockFile } from '../run/guarded.ts';
import { DEFAULT_KEEP_HISTORY_DAYS } from '../model/defaults.ts';
import type { ScheduleConfig } from '../model/schedule-config.ts';
import { daemonLockFile } from '../schedule/daemon.ts';
import { timingOf, upcomingFirings } from '../schedule/firings.ts';
import { readScheduleState } from '../schedule/schedule-state.ts';
import { readUnsentAlerts, standingAlerts, type UnsentAlert } from '../schedule/unsent-alerts.ts';

export const STATUS_JSON_FORMAT = 'shinchoku-status/1';

export interface StatusReport {
  format: typeof STATUS_JSON_FORMAT;
  dataDir: string;
  /** Where the data folder came from: --data or SHINCHOKU_DATA, the running scheduler's, or the bundled seeds. */
  dataFrom: 'given' | 'scheduler' | 'bundled';
  outDir: string;
  timeZone: string;
  /** Alerts for the admin that could not be mailed and whose job has not since finished well. */
  unsentAlerts: UnsentAlert[];
  scheduler: Omit<LockHolder, 'boot'> | null;
  running: Omit<LockHolder, 'boot'> | null;
  schedule: { keepHistoryDays: number; jobs: Array<{ name: string; command: string; cron: string; onClosedDay: string; next: string | null }> } | null;
  /** Newest first. */
  history: HistoryEntry[];
}

const holder = (h: LockHolder | undefined) => (h ? { pid: h.pid, host: h.host, what: h.what, startedAt: h.startedAt } : null);

/** The data folder `status` reads: the one named, else the one the scheduler of this output folder reads. */
export async function statusDataDir(given: string | undefined, bundled: string, outDir: string): Promise<Pick<StatusReport, 'dataDir' | 'dataFrom'>> {
  if (given) return { dataDir: given, dataFrom: 'given' };
  const state = await readScheduleState(outDir).catch(() => undefined);
  return state?.dataDir ? { dataDir: state.dataDir, dataFrom: 'scheduler' } : { dataDir: bundled, dataFrom: 'bundled' };
}

export async function gatherStatus(
  folders: Pick<StatusReport, 'dataDir' | 'dataFrom' | 'outDir'>,
  config: ScheduleConfig | undefined,
  timeZone: string,
  limit: number,
  now: Date,
): Promise<StatusReport> {
  const history = await readHistory(folders.outDir);
  const succeeded = (job: string, after: string) => history.some((e) => e.job === job && e.outcome === 'ok' && e.startedAt > after);
  return {
    format: STATUS_JSON_FORMAT,
    ...folders,
    timeZone,
    unsentAlerts: standingAlerts(await readUnsentAlerts(folders.outDir), succeeded),
    scheduler: holder(await lockHolder(daemonLockFile(folders.outDir))),
    running: holder(await lockHolder(runLockFile(folders.outDir))),
    schedule: config
      ? {
          keepHistoryDays: config.keepHistoryDays ?? DEFAULT_KEEP_HISTORY_DAYS,
          jobs: config.jobs.map((job) => {
            const [next] = upcomingFirings(timingOf(job, timeZone), now, 1);
            return { name: job.name, command: job.command, cron: job.cron, onClosedDay: job.onClosedDay, next: next?.toISOString() ?? null };
          }),
        }
      : null,
    history: history.slice(-limit).reverse(),
  };
}
