// The monthly reminder (pure): which indicators and project results a department was asked for and
// has not reported for the year, as a mail from templates/mail/reminder-*.hbs. No attachment: the
// list is the message.
import type { PlanProgress } from '../compute/plan-progress.ts';
import { pendingResults, resultRequest } from '../compute/project-year.ts';
import { projectCodes } from '../render/project-code.ts';
import { guideText, indicatorTitle, latestActualText, targetLine } from '../render/indicator-text.ts';
import { singleLine } from '../render/report/template-text.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { messageIdFor, type MailContent } from './mail-content.ts';
import type { Sender } from './sender.ts';

export interface ReminderContext {
  municipality: { id: string; name: string };
  department: { name: string };
  year: number;
  deadline?: string;
  /** Indicators and projects listed. */
  count: number;
  indicatorCount: number;
  projectCount: number;
  /** Whether any listed indicator is measured against a 目安 this year. */
  guided: boolean;
  plans: Array<{
    title: string;
    indicators: Array<{ id: string; name: string; target: string; guide?: string; latest?: string }>;
    projects: Array<{ code: string; name: string }>;
  }>;
}

/** The department's unreported indicators across the plans, or undefined when it has none. */
export function reminderContext(
  municipality: ReminderContext['municipality'],
  department: string,
  plans: readonly PlanProgress[],
  year: number,
  deadline: string | undefined,
): ReminderContext | undefined {
  const shares = plans
    .map((p) => ({
      title: p.data.plan.title,
      indicators: p.rows
        // Only what was asked for (照会中・未報告): a value never asked for is not overdue.
        .filter((r) => r.departments.includes(department) && r.collection !== undefined && r.collection.state !== '照会前')
        .map((r) => ({
          id: r.indicator.id,
          name: indicatorTitle(r.indicator),
          target: targetLine(r) || '—',
          guide: guideText(r),
          latest: latestActualText(r),
        })),
      projects: pendingResults(
        p.projects.projects.filter((x) => p.data.projectDepartments.get(x)!.includes(department)),
        p,
      )
        .filter((x) => resultRequest(p.data.projectDepartments.get(x)!, p.requests).state !== '照会前')
        .map((x) => ({ code: projectCodes(p.data)(x), name: x.name })),
    }))
    .filter((s) => s.indicators.length > 0 || s.projects.length > 0);
  if (shares.length === 0) return undefined;
  const guided = shares.some((s) => s.indicators.some((i) => i.guide !== undefined));
  const indicatorCount = shares.reduce((n, s) => n + s.indicators.length, 0);
  const projectCount = shares.reduce((n, s) => n + s.projects.length, 0);
  return {
    municipality,
    department: { name: department },
    year,
    deadline,
    count: indicatorCount + projectCount,
    indicatorCount,
    projectCount,
    guided,
    plans: shares,
  };
}

export function reminderMail(context: ReminderContext, templates: TemplateSet, meta: { runId: string; sender: Sender }): MailContent {
  const data = { ...context, signature: meta.sender.signature };
  return {
    subject: singleLine(templates.render('mail/reminder-subject', data)),
    text: templates.render('mail/reminder-body', data),
    html: templates.render('mail/reminder-body.html', data),
    messageId: messageIdFor(meta.runId, context.municipality.id, context.department.name, meta.sender.from.address.split('@')[1]!),
    ...(meta.sender.replyTo ? { replyTo: meta.sender.replyTo } : {}),
  };
}
