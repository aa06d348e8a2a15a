// The long-lived scheduler: node-cron ticks, the pure firing rules decide, one job runs at a time
// in a child process, and every decision is one JSON log line. State survives restarts, so a firing
// missed while the process was down runs once at start (catch-up).
import path from 'node:path';
import nodeCron, { type ScheduledTask } from 'node-cron';
import { ShinchokuError } from '../errors.ts';
import { loadData } from '../load/load-data.ts';
import type { Log } from '../log.ts';
import type { ScheduleConfig, ScheduleJob } from '../model/schedule-config.ts';
import type { MailSettings } from '../model/settings.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { acquireLock, BusyError } from '../run/run-lock.ts';
import { shellCommand } from '../shell-words.ts';
import { decide, timingOf, upcomingFirings } from './firings.ts';
import { formatLocalTime } from './local-time.ts';
import { adoptJobs, handledUpTo, readScheduleState, scheduleDirectory, writeScheduleState } from './schedule-state.ts';
import { runScheduled } from './scheduled-run.ts';
import type { RunningJob } from './spawn-job.ts';

export interface DaemonOptions {
  config: ScheduleConfig;
  dataDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  /** Writes a child's log event as it is. */
  forward(event: Record<string, unknown>): void;
  signal: AbortSignal;
  templates: TemplateSet;
  mail: MailSettings;
  /** The data's time zone (shinchoku.yaml): of firings, fiscal years and every time shown. */
  timezone: string;
}

export const daemonLockFile = (outDir: string) => path.join(scheduleDirectory(outDir), 'daemon.lock');

/** Ticks daily at the job's time when it moves off closed days: the moved firing is on another day. */
export function tickExpression(job: ScheduleJob): string {
  if (job.onClosedDay === 'run') return job.cron;
  const fields = job.cron.split(/\s+/);
  return [...fields.slice(0, fields.length - 3), '*', '*', '*'].join(' ');
}

async function lockDaemon(outDir: string, timeZone: string) {
  try {
    return await acquireLock(daemonLockFile(outDir), 'schedule（定期実行）');
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    const h = error.holder;
    throw new ShinchokuError(
      'SCHEDULER_RUNNING',
      `この出力フォルダのスケジューラはすでに動いています（${h.host} のプロセス ${h.pid}、${formatLocalTime(new Date(h.startedAt), timeZone)} 開始）`,
    );
  }
}

export async function runDaemon(o: DaemonOptions): Promise<void> {
  const release = await lockDaemon(o.outDir, o.timezone);
  try {
    await schedule(o);
  } finally {
    await release();
  }
}

async function schedule(o: DaemonOptions): Promise<void> {
  const { log } = o;
  const tz = o.timezone;
  // Said now rather than on the day of the run: there is time to fix the data before it is due.
  const data = await loadData(o.dataDir);
  if (!data.ok)
    log.warn(
      'data.invalid',
      `データに ${data.problems.length} 件の問題があり、このままでは予定の実行が失敗します。npx shinchoku ${shellCommand(['validate', '--data', o.dataDir])} で確かめてください`,
      { problems: data.problems.length },
    );
  const { state, fresh } = adoptJobs(await readScheduleState(o.outDir), o.config.jobs, new Date(), o.dataDir);
  await writeScheduleState(o.outDir, state);
  for (const name of fresh)
    log.info('schedule.new-job', `「${name}」は新しい（または実行日時が変わった）定期実行です。いまから後の予定だけを実行します`, { job: name });

  const queue: Array<{ job: ScheduleJob; atStart: boolean }> = [];
  let running: { job: ScheduleJob; child?: RunningJob } | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  const consider = (job: ScheduleJob, atStart: boolean) => {
    if (stopping || running?.job === job || queue.some((q) => q.job === job)) return;
    if (!decide(timingOf(job, tz), { handledUpTo: handledUpTo(state, job.name), now: new Date(), atStart }).run) return;
    queue.push({ job, atStart });
    wake?.();
  };

  const worker = (async () => {
    while (!stopping) {
      const next = queue.shift();
      if (!next) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      running = { job: next.job };
      try {
        await runScheduled(next.job, next.atStart, {
          ...o,
          state,
          isStopping: () => stopping,
          onChild: (child) => (running!.child = child),
        });
      } catch (error) {
        log.error('run.error', `「${next.job.name}」を実行できませんでした: ${(error as Error).message}`, { job: next.job.name });
      } finally {
        running = undefined;
      }
      // Firings that came due during the run are run once more, folded.
      consider(next.job, false);
    }
  })();

  const tasks: ScheduledTask[] = o.config.jobs.map((job) => {
    const task = nodeCron.schedule(tickExpression(job), () => consider(job, false), {
      timezone: tz,
      name: job.name,
      noOverlap: true,
      suppressMissedWarning: true,
    });
    task.on('execution:missed', (ctx) => {
      log.warn('schedule.tick-missed', `「${job.name}」の ${formatLocalTime(ctx.date, tz)} の確認が遅れました。いま確かめます`, { job: job.name });
      consider(job, false);
    });
    return task;
  });

  log.info('schedule.start', `スケジューラを起動しました（定期実行 ${o.config.jobs.length} 件、タイムゾーン ${tz}、プロセス ${process.pid}）`, {
    pid: process.pid,
  });
  for (const job of o.config.jobs) {
    const [next] = upcomingFirings(timingOf(job, tz), new Date(), 1);
    log.info('schedule.next', `「${job.name}」の次回: ${next ? formatLocalTime(next, tz) : 'なし'}`, { job: job.name, next: next?.toISOString() });
    consider(job, true);
  }

  await new Promise<void>((resolve) => (o.signal.aborted ? resolve() : o.signal.addEventListener('abort', () => resolve(), { once: true })));
  stopping = true;
  log.info('schedule.stopping', running ? `停止します。実行中の「${running.job.name}」を安全なところで止めます` : '停止します');
  for (const task of tasks) await task.destroy();
  running?.child?.stop();
  wake?.();
  await worker;
  log.info('schedule.stopped', 'スケジューラを停止しました');
}
