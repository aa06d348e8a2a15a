// The reminder run: each department with unreported actuals for the year gets the list by mail.
// One ledger per calendar month (in the data's time zone), so a rerun in the same month never mails twice and next
// month's reminder goes out again.
import { deadlineWarnings } from './deadline-warnings.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { deliverRun } from '../deliver/deliver-run.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import { reminderContext, reminderMail } from '../deliver/reminder-mail.ts';
import type { Dataset } from '../load/dataset.ts';
import type { Log } from '../log.ts';
import { departmentFullName } from '../model/municipality.ts';
import { dueDate } from '../model/settings.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { localParts } from '../schedule/local-time.ts';
import type { Tally } from './guarded.ts';
import { requestsFrom } from './requests.ts';
import { chosenDepartments, figuresOf, selectPlans } from './selection.ts';

export interface RemindRequest {
  dataset: Dataset;
  outDir: string;
  year: number;
  department?: string;
  dryRun: boolean;
  force: boolean;
  env: NodeJS.ProcessEnv;
  templates: TemplateSet;
  log: Log;
  now: Date;
  signal?: AbortSignal;
  tally?: Tally;
}

export interface RemindOutcome {
  runId: string;
  planned: DeliveryItem[];
  deliveries: DeliveryResult[];
  /** Departments that have reported everything: no mail. */
  nothingToReport: string[];
}

export function remindRunId(year: number, now: Date, timeZone: string): string {
  const { year: y, month } = localParts(now, timeZone);
  return `remind-${year}-${y}${String(month).padStart(2, '0')}`;
}

export async function remindJob(r: RemindRequest): Promise<RemindOutcome> {
  const runId = remindRunId(r.year, r.now, r.dataset.timezone);
  if (!r.dryRun) {
    checkTransport(r.env);
    for (const warning of checkSenders(r.env, r.dataset.mail, r.dataset.municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  const log = r.log.with({ runId });
  const plans = figuresOf(selectPlans(r.dataset.municipalities, undefined, r.year), r.year, requestsFrom(r.outDir, r.now, r.dataset.timezone));
  const chosen = chosenDepartments(r.dataset.municipalities, r.department);
  const tally = r.tally ?? { plans: [], reports: 0, sent: 0, skipped: 0, failed: 0 };
  tally.runId = runId;
  tally.plans = plans.map((p) => p.data.plan.id);
  const { mail } = r.dataset;
  const planned: DeliveryItem[] = [];
  for (const warning of deadlineWarnings(r.dataset.municipalities)) log.warn('run.no-deadline', warning);
  const nothingToReport: string[] = [];
  for (const m of r.dataset.municipalities) {
    const progress = plans.filter((p) => p.m === m).map((p) => p.progress);
    for (const { d } of chosen.filter((x) => x.m === m)) {
      const name = departmentFullName(d);
      const context = reminderContext({ id: m.municipality.id, name: m.municipality.name }, name, progress, r.year, dueDate(m.actualsDue, r.year));
      if (!context) {
        nothingToReport.push(`${m.municipality.name} ${name}`);
        continue;
      }
      planned.push({
        municipality: context.municipality,
        department: name,
        year: r.year,
        recipients: d.emails ?? [],
        noMail: d.noMail,
        mail: reminderMail(context, r.templates, { runId, sender: senderFor(mail, m) }),
        attachments: [],
      });
    }
  }
  log.info('remind.start', `実行ID ${runId}（${r.year}年度の未報告がある課 ${planned.length}、ない課 ${nothingToReport.length}）`, { year: r.year });

  const deliveries = r.dryRun ? [] : await deliverRun(planned, { runId, outDir: r.outDir, env: r.env, mail, force: r.force, log, signal: r.signal, tally });
  return { runId, planned, deliveries, nothingToReport };
}
