// DATA/schedule.yaml: when the job runs by itself and who hears about failures. Kept apart from
// shinchoku.yaml on purpose: that file is part of the data edition, and moving a run time must
// not make a new edition (which would mail every department again).
import { CronExpressionParser } from 'cron-parser';
import nodeCron from 'node-cron';
import { z } from 'zod';
import { Id, Note, Text } from './common.ts';
import { DEFAULT_KEEP_HISTORY_DAYS } from './defaults.ts';
import { EmailAddress } from './municipality.ts';

const CRON_HELP = '「分 時 日 月 曜日」の5項目か、先頭に秒を足した6項目で書きます（例: "0 9 1 6 *" は毎年6月1日 9:00）';

export const CronText = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const parts = text.split(/\s+/);
    const fields = parts.length;
    if (fields !== 5 && fields !== 6) {
      ctx.addIssue({ code: 'custom', message: `実行日時（cron）は${CRON_HELP}。いまは${fields}項目です` });
      return;
    }
    // Cron reads a day of month and a weekday together as "either"; the two libraries disagree on it.
    const [dayOfMonth, , dayOfWeek] = parts.slice(-3);
    if (dayOfMonth !== '*' && dayOfMonth !== '?' && dayOfWeek !== '*' && dayOfWeek !== '?') {
      ctx.addIssue({ code: 'custom', message: `実行日時（cron）「${text}」は日と曜日の両方を指定しています。どちらか一方を「*」にしてください` });
      return;
    }
    // The daemon ticks with node-cron and computes firings with cron-parser: both must read it.
    let understood = nodeCron.validate(text);
    try {
      CronExpressionParser.parse(text);
    } catch {
      understood = false;
    }
    if (!understood) ctx.addIssue({ code: 'custom', message: `実行日時（cron）「${text}」は読めないか、ありえない日時です。${CRON_HELP}` });
  });

export const ScheduleJob = z
  .strictObject({
    /** Shown in logs, status and the admin mail. */
    name: Text,
    /**
     * For the last ended fiscal year: run (reports and mail), collect (mail each department its
     * 実績照会 sheet) or remind (mail departments with unreported actuals).
     */
    command: z.enum(['run', 'collect', 'remind']),
    cron: CronText,
    /** On a weekend, national holiday or 12/29–1/3: run anyway, or on the next business day at the same time. */
    onClosedDay: z.enum(['run', 'next-business-day']).default('run'),
    /** Only this plan (run only). */
    plan: Id.optional(),
    note: Note,
  })
  .refine((j) => j.plan === undefined || j.command === 'run', { message: '計画（plan）を指定できるのは command: run のときだけです', path: ['plan'] });
export type ScheduleJob = z.infer<typeof ScheduleJob>;

export const ScheduleConfig = z
  .strictObject({
    /** Moved to shinchoku.yaml: refused here with a message that says so. */
    timezone: z.unknown().optional(),
    /** Who is mailed when a scheduled run fails. */
    adminEmails: z.array(EmailAddress).min(1).optional(),
    /** How long `status` keeps past runs. */
    keepHistoryDays: z.number().int().min(1).default(DEFAULT_KEEP_HISTORY_DAYS),
    jobs: z.array(ScheduleJob).min(1),
    note: Note,
  })
  .superRefine((c, ctx) => {
    if (c.timezone !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['timezone'],
        message: 'タイムゾーンは shinchoku.yaml の timezone に書きます（報告書の日時・年度・定期実行の時刻に共通の1つの設定です）。ここからは消してください',
      });
    }
    const seen = new Set<string>();
    c.jobs.forEach((j, i) => {
      if (seen.has(j.name)) ctx.addIssue({ code: 'custom', message: `定期実行の名前「${j.name}」が重複しています`, path: ['jobs', i, 'name'] });
      seen.add(j.name);
    });
  });
export type ScheduleConfig = z.infer<typeof ScheduleConfig>;
