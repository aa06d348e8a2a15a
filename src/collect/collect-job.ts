// 実績照会: one .xlsx per department with its indicators for the year, written to the output folder
// and, with `send`, mailed to the department through the same delivery path as the reports.
import { deadlineWarnings } from '../run/deadline-warnings.ts';
import { deliverRun } from '../deliver/deliver-run.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { messageIdFor } from '../deliver/mail-content.ts';
import type { Dataset } from '../load/dataset.ts';
import type { Log } from '../log.ts';
import { departmentFullName } from '../model/municipality.ts';
import { dueDate } from '../model/settings.ts';
import { singleLine } from '../render/report/template-text.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import type { Tally } from '../run/guarded.ts';
import { collectRunId, requestsFrom } from '../run/requests.ts';
import { chosenDepartments, figuresOf, selectPlans } from '../run/selection.ts';
import { writeDepartmentWorkbook, XLSX } from './workbook-file.ts';

export interface CollectRequest {
  dataset: Dataset;
  outDir: string;
  year: number;
  department?: string;
  send: boolean;
  force: boolean;
  env: NodeJS.ProcessEnv;
  templates: TemplateSet;
  log: Log;
  signal?: AbortSignal;
  tally?: Tally;
}

export interface CollectOutcome {
  runId: string;
  reports: string[];
  planned: DeliveryItem[];
  deliveries: DeliveryResult[];
  nothingToReport: string[];
}

export async function collectJob(r: CollectRequest): Promise<CollectOutcome> {
  const { dataset, year, templates } = r;
  // One ledger per year, not per data edition: every import changes the edition, and a department
  // must not get the same request twice because another department's actuals came in.
  const runId = collectRunId(year);
  if (r.send) {
    checkTransport(r.env);
    for (const warning of checkSenders(r.env, dataset.mail, dataset.municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  const log = r.log.with({ runId });
  const plans = figuresOf(selectPlans(dataset.municipalities, undefined, year), year, requestsFrom(r.outDir, new Date(), dataset.timezone));
  const chosen = chosenDepartments(dataset.municipalities, r.department);
  const tally = r.tally ?? { plans: [], reports: 0, sent: 0, skipped: 0, failed: 0 };
  tally.runId = runId;
  tally.plans = plans.map((p) => p.data.plan.id);
  const { mail } = dataset;
  const reports: string[] = [];
  for (const warning of deadlineWarnings(dataset.municipalities)) log.warn('run.no-deadline', warning);
  const planned: DeliveryItem[] = [];
  const nothingToReport: string[] = [];
  for (const m of dataset.municipalities) {
    const progress = plans.filter((p) => p.m === m).map((p) => p.progress);
    const deadline = dueDate(m.actualsDue, year);
    for (const { d } of chosen.filter((x) => x.m === m)) {
      r.signal?.throwIfAborted();
      const name = departmentFullName(d);
      const sender = senderFor(mail, m);
      const written = await writeDepartmentWorkbook({ outDir: r.outDir, year, m, department: name, progress, collected: dataset.collected, sender, edition: dataset.edition, templates });
      if (!written) {
        nothingToReport.push(`${m.municipality.name} ${name}`);
        continue;
      }
      reports.push(written.file);
      tally.reports = reports.length;
      log.info('collect.written', `作成: ${m.municipality.name} ${name}（指標 ${written.count}件）`, { department: name });
      const data = { municipality: m.municipality.name, department: name, year, deadline, count: written.count, attachment: written.name, signature: sender.signature, replyTo: sender.replyTo };
      planned.push({
        municipality: { id: m.municipality.id, name: m.municipality.name },
        department: name,
        year,
        recipients: d.emails ?? [],
        noMail: d.noMail,
        mail: {
          subject: singleLine(templates.render('mail/collect-subject', data)),
          text: templates.render('mail/collect-body', data),
          html: templates.render('mail/collect-body.html', data),
          messageId: messageIdFor(runId, m.municipality.id, name, sender.from.address.split('@')[1]!),
          ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
        },
        attachments: [{ file: written.file, bytes: written.bytes, name: written.name, contentType: XLSX }],
      });
    }
  }
  const deliveries = r.send ? await deliverRun(planned, { runId, outDir: r.outDir, env: r.env, mail, force: r.force, log, signal: r.signal, tally }) : [];
  return { runId, reports, planned, deliveries, nothingToReport };
}
