// 実績照会: one .xlsx per department with its indicators and projects for the year, written to the
// output folder and, with `send`, mailed to the department through the same executor as the reports.
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { messageIdFor } from '../deliver/mail-content.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import type { Dataset } from '../load/dataset.ts';
import type { Log } from '../log.ts';
import { departmentFullName } from '../model/department-name.ts';
import { dueDate } from '../model/due-date.ts';
import { singleLine } from '../render/report/template-text.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { deadlineWarnings } from '../run/deadline-warnings.ts';
import { execute } from '../run/execute.ts';
import type { Tally } from '../run/guarded.ts';
import type { FileWork, MailWork, Manifest } from '../run/manifest.ts';
import { collectRunId, requestsFrom } from '../run/requests.ts';
import { chosenDepartments, figuresOf, selectPlans } from '../run/selection.ts';
import type { RequestsOf } from '../run/requests.ts';
import { collectFileName, workbookInput, XLSX } from './workbook-file.ts';

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

/** Pure: the workbooks and their mails. */
export function collectManifest(r: Pick<CollectRequest, 'dataset' | 'outDir' | 'year' | 'department' | 'templates'>, requests: RequestsOf): Manifest {
  const { dataset, year, templates } = r;
  // One ledger per year, not per data edition: every import changes the edition, and a department
  // must not get the same request twice because another department's actuals came in.
  const runId = collectRunId(year);
  const plans = figuresOf(selectPlans(dataset.municipalities, undefined, year), year, requests);
  const files: FileWork[] = [];
  const mails: MailWork[] = [];
  const nothingToReport: string[] = [];
  for (const { m, d } of chosenDepartments(dataset.municipalities, r.department)) {
    const name = departmentFullName(d);
    const sender = senderFor(dataset.mail, m);
    const workbook = workbookInput({
      outDir: r.outDir,
      year,
      m,
      department: name,
      progress: plans.filter((p) => p.m === m).map((p) => p.progress),
      collected: dataset.collected,
      collectedResults: dataset.collectedResults,
      sender,
      edition: dataset.edition,
      templates,
    });
    if (!workbook) {
      nothingToReport.push(`${m.municipality.name} ${name}`);
      continue;
    }
    files.push({
      kind: 'xlsx',
      file: workbook.file,
      label: `${m.municipality.name} ${name}（指標 ${workbook.input.rows.length}件、事業 ${workbook.input.measures.length}件）`,
      workbook: workbook.input,
    });
    const deadline = dueDate(m.actualsDue, year);
    const attachment = collectFileName(year, name);
    const data = {
      municipality: m.municipality.name,
      department: name,
      year,
      deadline,
      count: workbook.input.rows.length,
      measures: workbook.input.measures.length,
      attachment,
      signature: sender.signature,
      replyTo: sender.replyTo,
    };
    mails.push({
      municipality: { id: m.municipality.id, name: m.municipality.name },
      department: name,
      year,
      deadline,
      recipients: d.emails ?? [],
      noMail: d.noMail,
      mail: {
        subject: singleLine(templates.render('mail/collect-subject', data)),
        text: templates.render('mail/collect-body', data),
        html: templates.render('mail/collect-body.html', data),
        messageId: messageIdFor(runId, m.municipality.id, name, sender.from.address.split('@')[1]!),
        ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
      },
      attachments: [{ file: workbook.file, name: attachment, contentType: XLSX }],
    });
  }
  return {
    runId,
    plans: plans.map((p) => p.data.plan.id),
    files,
    mails,
    nothingToReport,
    warnings: deadlineWarnings(dataset.municipalities).map((message) => ({ event: 'run.no-deadline', message })),
  };
}

export async function collectJob(r: CollectRequest): Promise<CollectOutcome> {
  if (r.send) {
    checkTransport(r.env);
    for (const warning of checkSenders(r.env, r.dataset.mail, r.dataset.municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  const manifest = collectManifest(r, requestsFrom(r.outDir, new Date(), r.dataset.timezone));
  const done = await execute(manifest, {
    outDir: r.outDir,
    dryRun: !r.send,
    force: r.force,
    env: r.env,
    mail: r.dataset.mail,
    log: r.log,
    signal: r.signal,
    tally: r.tally,
  });
  return {
    runId: manifest.runId,
    reports: done.written.map((w) => w.file),
    planned: done.planned,
    deliveries: done.deliveries,
    nothingToReport: manifest.nothingToReport,
  };
}
