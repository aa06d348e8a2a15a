// One scheduled job, once it is due: decide again (more firings may have come while it waited),
// run it as a child process, wait while another run holds the output folder, record the handled
// firing, and tell the admin when it fails.
import { setTimeout as sleep } from 'node:timers/promises';
import { adminFailureMail, adminWarningMail, sendAdminMail, type FailureReport } from '../deliver/admin-mail.ts';
import { EXIT, exitMeaning } from '../errors.ts';
import { TRIGGER_LABEL } from '../run/trigger.ts';
import { shellCommand } from '../shell-words.ts';
import type { ScheduleJob } from '../model/schedule-config.ts';
import type { DaemonOptions } from './daemon.ts';
import { decide, timingOf } from './firings.ts';
import { lastEndedFiscalYear } from './last-ended-fiscal-year.ts';
import { formatLocalTime } from './local-time.ts';
import { handledUpTo, writeScheduleState, type ScheduleState } from './schedule-state.ts';
import { argsFor, spawnJob, type RunningJob } from './spawn-job.ts';
import { recordUnsentAlert } from './unsent-alerts.ts';

/** How long to wait before trying again when another run holds the output folder. */
const BUSY_RETRY_MS = 30_000;
/** Log lines quoted in the admin's mail. */
const MAIL_LINES = 15;

export interface ScheduledRunContext extends DaemonOptions {
  state: ScheduleState;
  isStopping(): boolean;
  /** The child now running (undefined once it has ended), so a stop can reach it. */
  onChild(child: RunningJob | undefined): void;
}

/** Mails the admin a failure, or a finished run's warnings; `what` names it in the log. */
async function notifyAdmin(mail: { subject: string; text: string }, job: string, what: string, c: ScheduledRunContext): Promise<void> {
  const unsent = (reason: string) => recordUnsentAlert(c.outDir, { time: new Date().toISOString(), job, subject: mail.subject, reason });
  if (!c.config.adminEmails) {
    c.log.warn(
      'admin.no-address',
      `管理者のアドレス（schedule.yaml の adminEmails）がないため、${what}をメールで知らせていません（shinchoku status に表示します）`,
      { job },
    );
    await unsent('管理者のアドレス（schedule.yaml の adminEmails）がありません');
    return;
  }
  try {
    const where = await sendAdminMail(mail, c.config.adminEmails, c.mail, c.env, c.outDir);
    c.log.info('admin.notified', `管理者に${what}を知らせました: ${where}`, { job });
  } catch (error) {
    c.log.error('admin.unsent', `管理者へのメールを送れませんでした（shinchoku status に表示します）: ${(error as Error).message}`, { job });
    await unsent(`メールを送れませんでした: ${(error as Error).message}`);
  }
}

export async function runScheduled(job: ScheduleJob, atStart: boolean, c: ScheduledRunContext): Promise<void> {
  const { log } = c;
  const tz = c.timezone;
  const now = new Date();
  const d = decide(timingOf(job, tz), { handledUpTo: handledUpTo(c.state, job.name), now, atStart });
  if (!d.run) return;
  for (const f of d.folded)
    log.warn('schedule.missed', `予定 ${formatLocalTime(f, tz)} の「${job.name}」は実行されていません。このあとの1回にまとめます`, {
      job: job.name,
      firing: f.toISOString(),
    });
  if (d.moreFolded) log.warn('schedule.missed', `「${job.name}」には、ほかにも実行されていない予定があります。このあとの1回にまとめます`, { job: job.name });
  // The year is the firing's: a March firing caught up in April still reports on its own year.
  const year = lastEndedFiscalYear(d.firing, tz);
  const fields = { job: job.name, trigger: d.trigger, firing: d.firing.toISOString(), year };
  for (;;) {
    const lines: string[] = [];
    // What a reader of the mailed PDFs would miss (characters the font lacks): the admin hears of it even when the run succeeds.
    const warnings: string[] = [];
    let runId: string | undefined;
    const startedAt = new Date();
    log.info('run.start', `「${job.name}」を実行します（${TRIGGER_LABEL[d.trigger]}、予定 ${formatLocalTime(d.firing, tz)}、${year}年度）`, fields);
    const child = spawnJob({
      job,
      trigger: d.trigger,
      year,
      dataDir: c.dataDir,
      outDir: c.outDir,
      env: c.env,
      onLine(event) {
        c.forward(event);
        if (typeof event.runId === 'string') runId = event.runId;
        lines.push(String(event.msg ?? ''));
        if (event.event === 'report.missing-glyph') warnings.push(String(event.msg ?? ''));
        if (lines.length > MAIL_LINES) lines.shift();
      },
    });
    c.onChild(child);
    const code = await child.exited;
    c.onChild(undefined);
    if (c.isStopping() && code !== EXIT.ok) {
      log.warn('run.abandoned', `停止のため「${job.name}」を途中で止めました（終了コード ${code}）。次に起動したとき、続きから実行します`, {
        ...fields,
        exitCode: code,
      });
      return;
    }
    if (code === EXIT.busy) {
      log.warn('run.waiting', `別の実行が進行中のため、「${job.name}」は ${BUSY_RETRY_MS / 1000} 秒後にもう一度試みます`, fields);
      await sleep(BUSY_RETRY_MS, undefined, { signal: c.signal }).catch(() => undefined);
      if (c.isStopping()) return;
      continue;
    }
    c.state.jobs[job.name] = { cron: job.cron, handledUpTo: d.firing.toISOString(), finishedAt: new Date().toISOString(), exitCode: code };
    await writeScheduleState(c.outDir, c.state);
    const where = ['--data', c.dataDir, '--out', c.outDir];
    const statusCommand = `npx shinchoku ${shellCommand(['status', ...where])}`;
    if (code === EXIT.ok) {
      log.info('run.finished', `「${job.name}」が終わりました`, { ...fields, exitCode: code });
      if (warnings.length > 0) {
        const report = { job: job.name, command: job.command, firing: formatLocalTime(d.firing, tz), year, warnings, statusCommand };
        await notifyAdmin(adminWarningMail(report, c.templates), job.name, '注意', c);
      }
      return;
    }
    log.error('run.failed', `「${job.name}」が失敗しました（終了コード ${code}: ${exitMeaning(code)}）`, { ...fields, exitCode: code });
    // Once a report run has begun, only what failed is resent; before that, the whole job is rerun.
    const rerun = shellCommand(
      job.command === 'run' && runId ? ['resend', '--run', runId, ...where] : argsFor({ job, year, dataDir: c.dataDir, outDir: c.outDir }),
    );
    const report: FailureReport = {
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
      statusCommand,
      rerunCommand: `npx shinchoku ${rerun}`,
    };
    await notifyAdmin(adminFailureMail(report, c.templates), job.name, '失敗', c);
    return;
  }
}
