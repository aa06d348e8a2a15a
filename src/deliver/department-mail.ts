// The mail a department receives (pure): subject and bodies from templates/mail, the PDF under a
// Japanese file name, a Message-ID fixed by run and department so a resend is recognisable.
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { DepartmentContext } from '../render/report/department-report.ts';
import { singleLine } from '../render/report/template-text.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { safeFileName } from '../file-name.ts';
import { messageIdFor, type MailContent } from './mail-content.ts';
import type { Sender } from './sender.ts';

/** 「令和6年度_進捗状況_政策開発部DX戦略課.pdf」 */
export function attachmentName(context: DepartmentContext): string {
  return safeFileName(`${formatWarekiFiscalYear(context.year)}_進捗状況_${context.department.name}`, '.pdf');
}

/** `workbook`: the name of the attached 実績照会 workbook, when actuals are due. */
export function departmentMail(
  context: DepartmentContext,
  templates: TemplateSet,
  meta: { runId: string; sender: Sender },
  workbook?: string,
): MailContent & { attachmentName: string } {
  const name = attachmentName(context);
  const data = { ...context, attachment: name, workbook, replyTo: meta.sender.replyTo, signature: meta.sender.signature };
  return {
    subject: singleLine(templates.render('mail/department-subject', data)),
    text: templates.render('mail/department-body', data),
    html: templates.render('mail/department-body.html', data),
    attachmentName: name,
    messageId: messageIdFor(meta.runId, context.municipality.id, context.department.name, meta.sender.from.address.split('@')[1]!),
    ...(meta.sender.replyTo ? { replyTo: meta.sender.replyTo } : {}),
  };
}
