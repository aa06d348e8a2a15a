// One run, the same for the CLI and the scheduler: validate → compute → a manifest of the annual
// and department reports, the 実績照会 workbooks and the mails (pure) → execute. Nothing is sent
// unless every input file is valid.
import { collectFileName, workbookInput, XLSX } from '../collect/workbook-file.ts';
import { departmentMail } from '../deliver/department-mail.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { checkSenders, senderFor } from '../deliver/sender.ts';
import { checkTransport } from '../deliver/transport.ts';
import type { Dataset } from '../load/dataset.ts';
import type { Log } from '../log.ts';
import { departmentFullName } from '../model/department-name.ts';
import { dueDate } from '../model/due-date.ts';
import { departmentReport } from '../render/report/department-report.ts';
import type { TemplateSet } from '../render/templates/template-set.ts';
import { annualReportFiles, departmentReportPath } from '../render/write-reports.ts';
import { VERSION } from '../version.ts';
import { deadlineWarnings } from './deadline-warnings.ts';
import { codeFingerprint } from '../code-fingerprint.ts';
import { contentKeys, KEY_TIME } from './built-files.ts';
import { execute } from './execute.ts';
import type { Tally } from './guarded.ts';
import { PDF, type FileWork, type MailWork, type Manifest } from './manifest.ts';
import { requestsFrom } from './requests.ts';
import { chosenDepartments, figuresOf, selectPlans } from './selection.ts';
import type { RequestsOf } from './requests.ts';

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
  manifest: Manifest;
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

export interface RunPlanInput {
  dataset: Dataset;
  outDir: string;
  year: number;
  plan?: string;
  department?: string;
  templates: TemplateSet;
  addresses?: RunRequest['addresses'];
  /** Where each department's 実績照会 stands (read from the collect ledger at the edge). */
  requests: RequestsOf;
  startedAt: Date;
}

/** Pure: everything a run writes and sends. */
export function runManifest(r: RunPlanInput): Manifest {
  const { dataset, year, templates, startedAt } = r;
  const runId = runIdOf(year, dataset.edition, r.plan);
  // Each plan's figures once, shared by its annual report and all of its departments' reports and mails.
  const plans = figuresOf(selectPlans(dataset.municipalities, r.plan, year), year, r.requests);
  const municipalities = [...new Set(plans.map((p) => p.m))];
  const files: FileWork[] = plans.flatMap(({ m, data, progress }) => {
    const volumes = annualReportFiles(
      { municipality: m.municipality, progress, edition: dataset.edition, generatedAt: startedAt, version: VERSION, templates, duplex: dataset.duplex },
      r.outDir,
    );
    const label = `${m.municipality.name}「${data.plan.title}」`;
    return volumes.map(({ file, document }, i): FileWork => ({ kind: 'pdf', file, label: volumes.length > 1 ? `${label} 第${i + 1}分冊` : label, document }));
  });
  const mails: MailWork[] = [];
  const nothingToReport: string[] = [];
  for (const { m, d } of chosenDepartments(municipalities, r.department)) {
    const name = departmentFullName(d);
    const progress = plans.filter((p) => p.m === m).map((p) => p.progress);
    const sender = senderFor(dataset.mail, m);
    const deadline = dueDate(m.actualsDue, year);
    const built = departmentReport({
      m,
      plans: progress,
      department: d,
      year,
      deadline,
      signature: sender.signature,
      edition: dataset.edition,
      generatedAt: startedAt,
      version: VERSION,
      templates,
    });
    if (!built) {
      nothingToReport.push(`${m.municipality.name} ${name}`);
      continue;
    }
    const pdf = departmentReportPath(r.outDir, year, m.municipality.id, name);
    files.push({ kind: 'pdf', file: pdf, label: `${m.municipality.name} ${name}`, document: built.document });
    // Anything still asked for: the 実績照会 workbook goes with the report, so the mail says how to answer.
    const asked = built.context.counts.asked > 0;
    const workbook = asked
      ? workbookInput({
          outDir: r.outDir,
          year,
          m,
          department: name,
          progress,
          collected: dataset.collected,
          collectedResults: dataset.collectedResults,
          sender,
          edition: dataset.edition,
          templates,
        })
      : undefined;
    if (workbook) files.push({ kind: 'xlsx', file: workbook.file, label: `${m.municipality.name} ${name}（実績照会）`, workbook: workbook.input });
    const content = departmentMail(built.context, templates, { runId, sender }, workbook ? collectFileName(year, name) : undefined);
    mails.push({
      municipality: { id: m.municipality.id, name: m.municipality.name },
      department: name,
      year,
      deadline: asked ? deadline : undefined,
      recipients: r.addresses?.(m.municipality.id, name) ?? d.emails ?? [],
      noMail: d.noMail,
      mail: content,
      attachments: [
        { file: pdf, name: content.attachmentName, contentType: PDF },
        ...(workbook ? [{ file: workbook.file, name: collectFileName(year, name), contentType: XLSX }] : []),
      ],
    });
  }
  return {
    runId,
    plans: plans.map((p) => p.data.plan.id),
    record: { run: { runId, year, plan: r.plan, edition: dataset.edition }, files: dataset.files },
    files,
    mails,
    nothingToReport,
    warnings: deadlineWarnings(municipalities).map((message) => ({ event: 'run.no-deadline', message })),
  };
}

export async function runJob(r: RunRequest): Promise<RunOutcome> {
  const startedAt = new Date();
  const requests = requestsFrom(r.outDir, startedAt, r.dataset.timezone);
  const manifest = runManifest({ ...r, startedAt, requests });
  if (!r.dryRun) {
    checkTransport(r.env);
    const municipalities = r.dataset.municipalities.filter((m) => manifest.mails.some((w) => w.municipality.id === m.municipality.id));
    for (const warning of checkSenders(r.env, r.dataset.mail, municipalities)) r.log.warn('mail.placeholder-sender', warning);
  }
  r.log
    .with({ runId: manifest.runId })
    .info(
      'run.start',
      `実行ID ${manifest.runId}（${r.year}年度、報告書 ${manifest.files.filter((f) => f.kind === 'pdf').length}、メール ${manifest.mails.length}）`,
      { year: r.year },
    );
  // The same documents assembled at a fixed time address the files, so a rerun keeps what is unchanged.
  const keys = contentKeys(await codeFingerprint(), runManifest({ ...r, startedAt: KEY_TIME, requests }).files);
  const done = await execute(manifest, {
    outDir: r.outDir,
    dryRun: r.dryRun,
    force: r.force,
    env: r.env,
    mail: r.dataset.mail,
    log: r.log,
    signal: r.signal,
    tally: r.tally,
    keys,
  });
  return {
    runId: manifest.runId,
    manifest,
    reports: done.written.filter((w) => w.kind === 'pdf').map((w) => w.file),
    nothingToReport: manifest.nothingToReport,
    deliveries: done.deliveries,
    planned: done.planned,
    warnings: done.warnings,
  };
}
