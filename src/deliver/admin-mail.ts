// The short report an admin gets when a scheduled run fails: what, when, how it ended, the last
// log lines and the commands to look and to rerun. Sent through the same transport as reports.
import { hostname } from 'node:os';
import path from 'node:path';
import type { EmailAddress } from '../model/municipality.ts';
import type { MailSettings } from '../model/settings.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { singleLine } from '../render/report/template-text.ts';
import { withRetry } from './retry.ts';
import { openTransport } from './transport.ts';

export interface FailureReport {
  job: string;
  command: string;
  /** Already formatted for people: 2026年6月1日(月) 09:00. */
  firing: string;
  trigger: string;
  year: number;
  startedAt: string;
  finishedAt: string;
  exitCode: number;
  exitMeaning: string;
  lastLines: string[];
  statusCommand: string;
  rerunCommand: string;
}

export function adminFailureMail(report: FailureReport, templates: TemplateSet): { subject: string; text: string } {
  const data = { ...report, host: hostname() };
  return { subject: singleLine(templates.render('mail/admin-failure-subject', data)), text: templates.render('mail/admin-failure-body', data) };
}

export interface WarningReport {
  job: string;
  command: string;
  firing: string;
  year: number;
  warnings: string[];
  statusCommand: string;
}

/** A finished run that printed something a reader would miss: the admin checks the PDFs. */
export function adminWarningMail(report: WarningReport, templates: TemplateSet): { subject: string; text: string } {
  const data = { ...report, count: report.warnings.length, host: hostname() };
  return { subject: singleLine(templates.render('mail/admin-warning-subject', data)), text: templates.render('mail/admin-warning-body', data) };
}

/** Sends it; resolves to where it went, or rejects with the reason it could not. */
export async function sendAdminMail(
  mail: { subject: string; text: string },
  to: EmailAddress[],
  settings: MailSettings,
  env: NodeJS.ProcessEnv,
  outDir: string,
): Promise<string> {
  const transport = openTransport(env, path.join(outDir, 'outbox', 'admin'));
  try {
    if (transport.kind === 'smtp' && to.some((a) => a.placeholder)) throw new Error('仮のアドレス（placeholder）には送りません');
    const message = {
      from: { name: settings.from.name, address: settings.from.address.address },
      to: to.map((a) => a.address),
      subject: mail.subject,
      text: mail.text,
    };
    const stem = `failure-${new Date().toISOString().replaceAll(/[:.]/g, '-')}`;
    const result = await withRetry(
      () => transport.send(message, stem),
      { attempts: settings.attempts, firstDelayMs: settings.retryDelaySeconds * 1000 },
      () => {},
    );
    if (!result.ok) throw new Error(result.failure.fromServer ? `サーバーの応答: ${result.failure.reply}` : result.failure.reply);
    return `${transport.describe}（${result.reply}）`;
  } finally {
    transport.close();
  }
}
