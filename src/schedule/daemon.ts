// The long-lived scheduler: node-cron ticks, the pure firing rules decide, one job runs at a time
// in a child process, and every decision is one JSON log line. State survives restarts, so a firing
// missed while the process was down runs once at start (catch-up).
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import nodeCron, { type ScheduledTask } from 'node-cron';
import { adminFailureMail, sendAdminMail } from '../deliver/admin-mail.ts';
import { EXIT, exitMeaning, ShinchokuError } from '../errors.ts';
import type { Log } from '../log.ts';
import type { ScheduleConfig, ScheduleJob } from '../model/schedule-config.ts';
import type { MailSettings } from '../model/settings.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { acquireLock, BusyError } from '../run/run-lock.ts';
import { TRIGGER_LABEL } from '../run/trigger.ts';
import { decide, upcomingFirings, type Timing } from './firings.ts';
import { lastEndedFiscalYear } from './last-ended-fiscal-year.ts';
import { formatLocalTime } from './local-time.ts';
import { handledUpTo, readScheduleState, scheduleDirectory, writeScheduleState } from './schedule-state.ts';
import { argsFor, spawnJob, type RunningJob } from './spawn-job.ts';

/** How long to wait before trying again when another run holds the output folder. */
const BUSY_RETRY_MS = 30_000;
const MAIL_LINES = 15;

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
}

export const daemonLockFile = (outDir: string) => path.join(scheduleDirectory(outDir), 'daemon.lock');

/** Ticks daily at the job's time when it moves off closed days: the moved firing is on another day. */
export function tickExpression(job: ScheduleJob): string {
  if (job.onClosedDay === 'run') return job.cron;
  const fields = job.cron.split(/\s+/);
  return [...fields.slice(0, fields.length - 3), '*', '*', '*'].join(' ');
}

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/u.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

async function lockDaemon(outDir: string) {
  try {
    return await acquireLock(daemonLockFile(outDir), 'schedule（定期実行）');
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    const h = error.holder;
    throw new ShinchokuError('SCHEDULER_RUNNING', `この出力フォルダのスケジューラはすでに動いています（${h.host} のプロセス ${h.pid}、${new Date(h.startedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })} 開始）`, EXIT.busy);
  }
}

export async function runDaemon(o: DaemonOptions): Promise<void> {
  const release = await lockDaemon(o.outDir);
  const { log } = o;
  const tz = o.config.timezone;
  const timing = (job: ScheduleJob): Timing => ({ cron: job.cron, timeZone: tz, onClosedDay: job.onClosedDay });
  const state = (await readScheduleState(o.outDir)) ?? { since: new Date().toISOString(), jobs: {} };
  await writeScheduleState(o.outDir, state);

  const queue: Array<{ job: ScheduleJob; atStart: boolean }> = [];
  let running: { job: ScheduleJob; child?: RunningJob } | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  const consider = (job: ScheduleJob, atStart: boolean) => {
    if (stopping || running?.job === job || queue.some((q) => q.job === job)) return;
    if (!decide(timing(job), { handledUpTo: handledUpTo(state, job.name), now: new Date(), atStart }).run) return;
    queue.push({ job, atStart });
    wake?.();
  };

  const notifyAdmin = async (report: Parameters<typeof adminFailureMail>[0]) => {
    if (!o.config.adminEmails) {
      log.warn('admin.no-address', '管理者のアドレス（schedule.yaml の adminEmails）がないため、失敗をメールで知らせていません', { job: report.job });
      return;
    }
    try {
      const where = await sendAdminMail(adminFailureMail(report, o.templates), o.config.adminEmails, o.mail, o.env, o.outDir);
      log.info('admin.notified', `管理者に失敗を知らせました: ${where}`, { job: report.job });
    } catch (error) {
      log.error('admin.unsent', `管理者へのメールを送れませんでした: ${(error as Error).message}`, { job: report.job });
    }
  };

  const runOne = async (job: ScheduleJob, atStart: boolean) => {
    const now = new Date();
    const d = decide(timing(job), { handledUpTo: handledUpTo(state, job.name), now, atStart });
    if (!d.run) return;
    for (const f of d.folded) log.warn('schedule.missed', `予定 ${formatLocalTime(f, tz)} の「${job.name}」は実行されていません。このあとの1回にまとめます`, { job: job.name, firing: f.toISOString() });
    if (d.moreFolded) log.warn('schedule.missed', `「${job.name}」には、ほかにも実行されていない予定があります。このあとの1回にまとめます`, { job: job.name });
    const year = lastEndedFiscalYear(now, tz);
    const fields = { job: job.name, trigger: d.trigger, firing: d.firing.toISOString(), year };
    for (;;) {
      const lines: string[] = [];
      const startedAt = new Date();
      log.info('run.start', `「${job.name}」を実行します（${TRIGGER_LABEL[d.trigger]}、予定 ${formatLocalTime(d.firing, tz)}、${year}年度）`, fields);
      const child = spawnJob({
        job,
        trigger: d.trigger,
        year,
        dataDir: o.dataDir,
        outDir: o.outDir,
        env: o.env,
        onLine(event) {
          o.forward(event);
          lines.push(String(event.msg ?? ''));
          if (lines.length > MAIL_LINES) lines.shift();
        },
      });
      running!.child = child;
      const code = await child.exited;
      running!.child = undefined;
      if (stopping && code !== EXIT.ok) {
        log.warn('run.abandoned', `停止のため「${job.name}」を途中で止めました（終了コード ${code}）。次に起動したとき、続きから実行します`, { ...fields, exitCode: code });
        return;
      }
      if (code === EXIT.busy) {
        log.warn('run.waiting', `別の実行が進行中のため、「${job.name}」は ${BUSY_RETRY_MS / 1000} 秒後にもう一度試みます`, fields);
        await sleep(BUSY_RETRY_MS, undefined, { signal: o.signal }).catch(() => undefined);
        if (stopping) return;
        continue;
      }
      state.jobs[job.name] = { handledUpTo: d.firing.toISOString(), finishedAt: new Date().toISOString(), exitCode: code };
      await writeScheduleState(o.outDir, state);
      if (code === EXIT.ok) {
        log.info('run.finished', `「${job.name}」が終わりました`, { ...fields, exitCode: code });
        return;
      }
      log.error('run.failed', `「${job.name}」が失敗しました（終了コード ${code}: ${exitMeaning(code)}）`, { ...fields, exitCode: code });
      const args = argsFor({ job, year, dataDir: o.dataDir, outDir: o.outDir }).map(quote).join(' ');
      await notifyAdmin({
        job: job.name,
        command: job.command,
        firing: formatLocalTime(d.firing, tz),
        trigger: TRIGGER_LABEL[d.trigger],
        year,
        startedAt: formatLocalTime(startedAt, tz),
        finishedAt: formatLocalTime(new Date(), tz),
        exitCode: code,
        exitMeaning: exitMeaning(code),
        lastLines: lines,
        statusCommand: `npx shinchoku status --data ${quote(o.dataDir)} --out ${quote(o.outDir)}`,
        rerunCommand: `npx shinchoku ${args}`,
      });
      return;
    }
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
        await runOne(next.job, next.atStart);
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

  log.info('schedule.start', `スケジューラを起動しました（定期実行 ${o.config.jobs.length} 件、タイムゾーン ${tz}、プロセス ${process.pid}）`, { pid: process.pid });
  for (const job of o.config.jobs) {
    const [next] = upcomingFirings(timing(job), new Date(), 1);
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
  await release();
  log.info('schedule.stopped', 'スケジューラを停止しました');
}
