// One run, the same for the CLI and the scheduler: validate → compute → render the annual and
// department reports → deliver. Nothing is sent unless every input file is valid.
import { deadlineWarnings } from './deadline-warnings.ts';
import path from 'node:path';
import { removeStaleTemps } from '../atomic-write.ts';
import { departmentMail } from '../deliver/department-mail.ts';
import { writeDepartmentWorkbook, XLSX } from '../collect/workbook-file.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { deliverRun } from '../deliver/deliver-run.ts';
import type { Dataset } from '../load/dataset.ts';
import { departmentFullName } from '../model/municipality.ts';
import { dueDate } from '../model/settings.ts';
import { departmentReport } from '../render/report/department-report.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { missingGlyphMessage } from '../render/pdf/missing-glyphs.ts';
import { departmentReportPath, writeAnnualReport, writeReport, type WrittenReport } from '../render/write-reports.ts';
import { VERSION } from '../version.ts';
import type { Log } from '../log.ts';
import type { Tally } from './guarded.ts';
import { writeDataSnapshot } from './data-snapshot.ts';
import { runDirectory, writeRunRecord } from './run-record.ts';
import { requestsFrom } from './requests.ts';
import { chosenDepartments, figuresOf, selectPlans } from './selection.ts';

export interface RunRequest {
  dataset: Dataset;
  outDir: string;
  year: number;
  plan?: string;
  department?: string;
  dryRun: boolean;
  force: boolean;
  env: NodeJS.ProcessEnv;
  templates: TemplateSet;
  /** Addresses to use instead of the dataset's (a resend after an address was corrected). */
  addresses?: (municipalityId: string, department: string) => DeliveryItem['recipients'] | undefined;
  log: Log;
  /** Stops before the next report or mail; what was sent stays in the ledger. */
  signal?: AbortSignal;
  /** Kept up to date as the run goes, so a run that stops half way still tells what it did. */
  tally?: Tally;
}

export interface RunOutcome {
  runId: string;
  reports: string[];
  /** Departments with nothing in the chosen plans: no report, no mail. */
  nothingToReport: string[];
  deliveries: DeliveryResult[];
  planned: DeliveryItem[];
  /** What a reader of the PDFs would miss (characters the font lacks), also logged as they come. */
  warnings: string[];
}

/** A run is one edition of the data for one year (and plan): rerunning it resumes it. */
export function runIdOf(year: number, edition: string, plan?: string): string {
  return `${year}-${edition}${plan ? `-${plan}` : ''}`;
}

export async function runJob(r: RunRequest): Promise<RunOutcome> {
  const { dataset, year, templates } = r;
  const startedAt = new Date();
  const runId = runIdOf(year, dataset.edition, r.plan);
  const runDir = runDirectory(r.outDir, runId);
  const log = r.log.with({ runId });
  // Each plan's figures once, shared by its annual report and all of its departments' reports and mails.
  const plans = figuresOf(selectPlans(dataset.municipalities, r.plan, year), year, requestsFrom(r.outDir, startedAt, dataset.timezone));
  const tally = r.tally ?? { plans: [], reports: 0, sent: 0, skipped: 0, failed: 0 };
  tally.runId = runId;
  tally.plans = plans.map((p) => p.data.plan.id);
  const municipalities = [...new Set(plans.map((p) => p.m))];
  const departments = chosenDepartments(municipalities, r.department);

  if (!r.dryRun) {
    checkTransport(r.env);
    for (const warning of checkSenders(r.env, dataset.mail, municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  const stale = await removeStaleTemps(r.outDir);
  if (stale > 0) log.info('run.cleanup', `前に中断した実行が残した一時ファイルを ${stale} 件消しました`);
  await writeDataSnapshot(dataset.files, path.join(runDir, 'data'));
  await writeRunRecord(runDir, { runId, year, plan: r.plan, edition: dataset.edition });
  for (const warning of deadlineWarnings(municipalities)) log.warn('run.no-deadline', warning);
  log.info('run.start', `実行ID ${runId}（${year}年度、計画 ${plans.length}、担当課 ${departments.length}）`, { year });

  const reports: string[] = [];
  // Characters the font lacks are said for every PDF a run writes, as `report` says them.
  const warnings: string[] = [];
  const noteMissing = (written: WrittenReport) => {
    for (const g of written.missingGlyphs) {
      const message = missingGlyphMessage(g, path.basename(written.file));
      warnings.push(message);
      log.warn('report.missing-glyph', message, { char: g.codePoint });
    }
  };
  const total = plans.length + departments.length;
  for (const [i, { m, data, progress }] of plans.entries()) {
    r.signal?.throwIfAborted();
    log.progress('report.build', i + 1, total, `作成中: ${m.municipality.name}「${data.plan.title}」`);
    const written = await writeAnnualReport({ municipality: m.municipality, progress, edition: dataset.edition, generatedAt: startedAt, version: VERSION, templates, duplex: dataset.duplex }, r.outDir);
    reports.push(written.file);
    noteMissing(written);
    tally.reports = reports.length;
  }

  const { mail } = dataset;
  const planned: DeliveryItem[] = [];
  const nothingToReport: string[] = [];
  for (const [i, { m, d }] of departments.entries()) {
    r.signal?.throwIfAborted();
    const name = departmentFullName(d);
    const built = departmentReport({
      m,
      plans: plans.filter((p) => p.m === m).map((p) => p.progress),
      department: d,
      year,
      deadline: dueDate(m.actualsDue, year),
      signature: senderFor(mail, m).signature,
      edition: dataset.edition,
      generatedAt: startedAt,
      version: VERSION,
      templates,
    });
    log.progress('report.build', plans.length + i + 1, total, `作成中: ${m.municipality.name} ${name}`);
    if (!built) {
      nothingToReport.push(`${m.municipality.name} ${name}`);
      continue;
    }
    const written = await writeReport(built.document, departmentReportPath(r.outDir, year, m.municipality.id, name));
    reports.push(written.file);
    noteMissing(written);
    tally.reports = reports.length;
    const sender = senderFor(mail, m);
    // Actuals still due: the 実績照会 workbook goes with the report, so the mail says how to answer.
    const workbook = built.context.counts.unreported > 0
      ? await writeDepartmentWorkbook({ outDir: r.outDir, year, m, department: name, progress: plans.filter((p) => p.m === m).map((p) => p.progress), collected: dataset.collected, sender, edition: dataset.edition, templates })
      : undefined;
    const content = departmentMail(built.context, templates, { runId, sender }, workbook?.name);
    planned.push({
      municipality: { id: m.municipality.id, name: m.municipality.name },
      department: name,
      year,
      recipients: r.addresses?.(m.municipality.id, name) ?? d.emails ?? [],
      noMail: d.noMail,
      mail: content,
      attachments: [
        { file: written.file, bytes: written.bytes, name: content.attachmentName, contentType: 'application/pdf' },
        ...(workbook ? [{ file: workbook.file, bytes: workbook.bytes, name: workbook.name, contentType: XLSX }] : []),
      ],
    });
  }

  const deliveries = r.dryRun ? [] : await deliverRun(planned, { runId, outDir: r.outDir, env: r.env, mail, force: r.force, log, signal: r.signal, tally });
  return { runId, reports, nothingToReport, deliveries, planned, warnings };
}
