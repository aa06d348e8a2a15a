// The mail a department receives (pure): subject and bodies from templates/mail, the PDF under a
// Japanese file name, a Message-ID fixed by run and department so a resend is recognisable.
import { createHash } from 'node:crypto';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { DepartmentContext } from '../render/report/department-report.ts';
import { singleLine } from '../render/report/template-text.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  attachmentName: string;
  messageId: string;
}

/** 「令和6年度_進捗状況_政策開発部DX戦略課.pdf」 */
export function attachmentName(context: DepartmentContext): string {
  return `${formatWarekiFiscalYear(context.year)}_進捗状況_${context.department.name}.pdf`.replaceAll(/[\\/:*?"<>|]/g, '_');
}

export function messageIdFor(runId: string, municipalityId: string, department: string, senderDomain: string): string {
  const key = createHash('sha256').update(`${municipalityId}\0${department}`).digest('hex').slice(0, 16);
  return `<${runId}.${key}@${senderDomain}>`;
}

export function departmentMail(context: DepartmentContext, templates: TemplateSet, meta: { runId: string; sender: string; senderDomain: string }): MailContent {
  const name = attachmentName(context);
  const data = { ...context, attachment: name, sender: meta.sender };
  return {
    subject: singleLine(templates.render('mail/department-subject', data)),
    text: templates.render('mail/department-body', data),
    html: templates.render('mail/department-body.html', data),
    attachmentName: name,
    messageId: messageIdFor(meta.runId, context.municipality.id, context.department.name, meta.senderDomain),
  };
}
