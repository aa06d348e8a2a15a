// The reminder run: each department with unreported actuals for the year gets the list by mail.
// One ledger per calendar month (in the data's time zone), so a rerun in the same month never mails twice and next
// month's reminder goes out again.
import { deadlineWarnings } from './deadline-warnings.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import { reminderContext, reminderMail } from '../deliver/reminder-mail.ts';
import type { Dataset } from '../load/dataset.ts';
import type { Log } from '../log.ts';
import { departmentFullName } from '../model/department-name.ts';
import { dueDate } from '../model/due-date.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { localParts } from '../schedule/local-time.ts';
import type { Tally } from './guarded.ts';
import { requestsFrom, type RequestsOf } from './requests.ts';
import { execute } from './execute.ts';
import type { MailWork, Manifest } from './manifest.ts';
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

/** Pure: a reminder to each department that was asked (照会中・未報告) and has not answered. */
export function remindManifest(r: Pick<RemindRequest, 'dataset' | 'year' | 'department' | 'templates' | 'now'>, requests: RequestsOf): Manifest {
  const runId = remindRunId(r.year, r.now, r.dataset.timezone);
  const plans = figuresOf(selectPlans(r.dataset.municipalities, undefined, r.year), r.year, requests);
  const mails: MailWork[] = [];
  const nothingToReport: string[] = [];
  for (const { m, d } of chosenDepartments(r.dataset.municipalities, r.department)) {
    const name = departmentFullName(d);
    const deadline = dueDate(m.actualsDue, r.year);
    const context = reminderContext(
      { id: m.municipality.id, name: m.municipality.name },
      name,
      plans.filter((p) => p.m === m).map((p) => p.progress),
      r.year,
      deadline,
    );
    if (!context) {
      nothingToReport.push(`${m.municipality.name} ${name}`);
      continue;
    }
    mails.push({
      municipality: context.municipality,
      department: name,
      year: r.year,
      deadline,
      recipients: d.emails ?? [],
      noMail: d.noMail,
      mail: reminderMail(context, r.templates, { runId, sender: senderFor(r.dataset.mail, m) }),
      attachments: [],
    });
  }
  // A value never asked for is not overdue: reminding about it would be the first the department hears of it.
  const neverAsked = plans.flatMap((p) => p.progress.rows.filter((row) => row.departments.length > 0 && row.collection?.state === '照会前')).length;
  const warnings = deadlineWarnings(r.dataset.municipalities).map((message) => ({ event: 'run.no-deadline', message }));
  if (neverAsked > 0)
    warnings.push({
      event: 'remind.not-asked',
      message: `${r.year}年度の実績をまだ照会していない指標が ${neverAsked}件あります。督促の対象にしていません（先に shinchoku collect --send か run で照会してください）`,
    });
  return { runId, plans: plans.map((p) => p.data.plan.id), files: [], mails, nothingToReport, warnings };
}

export async function remindJob(r: RemindRequest): Promise<RemindOutcome> {
  if (!r.dryRun) {
    checkTransport(r.env);
    for (const warning of checkSenders(r.env, r.dataset.mail, r.dataset.municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  const manifest = remindManifest(r, requestsFrom(r.outDir, r.now, r.dataset.timezone));
  r.log
    .with({ runId: manifest.runId })
    .info('remind.start', `実行ID ${manifest.runId}（${r.year}年度の未報告がある課 ${manifest.mails.length}、ない課 ${manifest.nothingToReport.length}）`, {
      year: r.year,
    });
  const done = await execute(manifest, {
    outDir: r.outDir,
    dryRun: r.dryRun,
    force: r.force,
    env: r.env,
    mail: r.dataset.mail,
    log: r.log,
    signal: r.signal,
    tally: r.tally,
  });
  return { runId: manifest.runId, planned: done.planned, deliveries: done.deliveries, nothingToReport: manifest.nothingToReport };
}
