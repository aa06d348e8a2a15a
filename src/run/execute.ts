// Carries out a manifest: writes the run's record and data snapshot, builds every file (saying
// which characters the font lacks), then delivers the mails through the run's ledger. The same
// for run, resend, collect and remind; a dry run builds everything and sends nothing.
import path from 'node:path';
import { removeStaleTemps, writeFileAtomic } from '../atomic-write.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { deliverRun } from '../deliver/deliver-run.ts';
import type { Log } from '../log.ts';
import type { MailSettings } from '../model/settings.ts';
import { missingGlyphMessage } from '../render/pdf/missing-glyphs.ts';
import { removeOtherVolumes } from '../render/write-reports.ts';
import { buildFile } from './build-file.ts';
import { builtEntry, keptFile, readBuiltIndex, writeBuiltIndex, type BuiltIndex } from './built-files.ts';
import { writeDataSnapshot } from './data-snapshot.ts';
import type { Tally } from './guarded.ts';
import type { FileWork, Manifest } from './manifest.ts';
import { runDirectory, writeRunRecord } from './run-record.ts';
import { startWorkbookThread, type WorkbookThread } from './workbook-thread.ts';

export interface Execution {
  outDir: string;
  dryRun: boolean;
  force: boolean;
  env: NodeJS.ProcessEnv;
  mail: MailSettings;
  log: Log;
  signal?: AbortSignal;
  tally?: Tally;
  /** Content keys of the files by path (a run's): a file already built from the same content is kept. */
  keys?: Map<string, string>;
}

export interface Executed {
  /** Every file written, in the manifest's order. */
  written: Array<{ kind: 'pdf' | 'xlsx'; file: string }>;
  planned: DeliveryItem[];
  deliveries: DeliveryResult[];
  /** What a reader of the PDFs would miss (characters the font lacks), also logged as they come. */
  warnings: string[];
}

export async function execute(m: Manifest, x: Execution): Promise<Executed> {
  const log = x.log.with({ runId: m.runId });
  const tally = x.tally ?? { plans: [], reports: 0, sent: 0, skipped: 0, failed: 0 };
  tally.runId = m.runId;
  tally.plans = m.plans;
  for (const w of m.warnings) log.warn(w.event, w.message);
  const runDir = runDirectory(x.outDir, m.runId);
  if (m.record) {
    const stale = await removeStaleTemps(x.outDir);
    if (stale > 0) log.info('run.cleanup', `前に中断した実行が残した一時ファイルを ${stale} 件消しました`);
    await writeDataSnapshot(m.record.files, path.join(runDir, 'data'));
    await writeRunRecord(runDir, m.record.run);
  }
  const written: Executed['written'] = [];
  const sizes = new Map<string, number>();
  const warnings: string[] = [];
  const index: BuiltIndex = x.keys ? await readBuiltIndex(runDir) : {};
  let kept = 0;
  // Each file is written (and synced) while the next one is built; all are on the disk before any mail goes.
  let writing: Promise<void> = Promise.resolve();
  let thread: WorkbookThread | undefined;
  try {
    const early = await workbooksBuiltAside(m, x, index, () => (thread ??= startWorkbookThread()));
    for (const [i, f] of m.files.entries()) {
      x.signal?.throwIfAborted();
      const name = path.relative(x.outDir, f.file);
      const key = x.keys?.get(f.file);
      // A workbook handed to the thread was already found changed.
      const aside = early.get(f.file);
      const unchanged = aside ? undefined : await keptFile(f.file, index[name], key);
      log.progress('report.build', i + 1, m.files.length, `${unchanged ? '変更なし' : '作成中'}: ${f.label}`);
      const built = unchanged
        ? { bytes: unchanged, missingGlyphs: index[name]!.missingGlyphs }
        : aside
          ? { bytes: await aside, missingGlyphs: [] }
          : await buildFile(f);
      if (unchanged) kept++;
      else {
        await writing;
        writing = writeFileAtomic(f.file, built.bytes);
        // Awaited before the next write or after the loop; this only keeps a failure from counting as unhandled meanwhile.
        writing.catch(() => undefined);
      }
      if (key) index[name] = builtEntry(key, built.bytes, built.missingGlyphs);
      sizes.set(f.file, built.bytes.length);
      for (const g of built.missingGlyphs) {
        const message = missingGlyphMessage(g, path.basename(f.file));
        warnings.push(message);
        log.warn('report.missing-glyph', message, { char: g.codePoint });
      }
      written.push({ kind: f.kind, file: f.file });
      tally.reports = written.length;
    }
  } finally {
    // Stopped or failed part way: the file being written finishes (or is removed) before the error goes on.
    await writing.catch(() => undefined);
    await thread?.close();
  }
  await writing;
  await removeOtherVolumes(written.map((w) => w.file));
  if (x.keys) {
    await writeBuiltIndex(runDir, index);
    if (kept > 0) log.info('report.kept', `前回と同じ内容のファイル ${kept} 件は作り直さずに使いました`, { kept });
  }
  const planned = m.mails.map((w): DeliveryItem => ({
    municipality: w.municipality,
    department: w.department,
    year: w.year,
    deadline: w.deadline,
    recipients: w.recipients,
    noMail: w.noMail,
    mail: w.mail,
    attachments: w.attachments.map((a) => ({ ...a, bytes: sizes.get(a.file)! })),
  }));
  const deliveries = x.dryRun
    ? []
    : await deliverRun(planned, { runId: m.runId, outDir: x.outDir, env: x.env, mail: x.mail, force: x.force, log, signal: x.signal, tally });
  return { written, planned, deliveries, warnings };
}

/** A thread costs its own start (about 0.2 s of the other core) and memory: worth it for many workbooks, not for a few. */
const WORKBOOKS_FOR_A_THREAD = 8;

/**
 * The workbooks to build, handed to the second thread at once when there are many and PDFs to
 * print meanwhile (a run of a whole municipality); otherwise (collect, a few departments) they are
 * built in turn on this thread.
 */
async function workbooksBuiltAside(m: Manifest, x: Execution, index: BuiltIndex, thread: () => WorkbookThread): Promise<Map<string, Promise<Uint8Array>>> {
  const aside = new Map<string, Promise<Uint8Array>>();
  if (!m.files.some((f) => f.kind === 'pdf')) return aside;
  const toBuild: Array<Extract<FileWork, { kind: 'xlsx' }>> = [];
  for (const f of m.files) {
    if (f.kind === 'xlsx' && !(await keptFile(f.file, index[path.relative(x.outDir, f.file)], x.keys?.get(f.file)))) toBuild.push(f);
  }
  if (toBuild.length < WORKBOOKS_FOR_A_THREAD) return aside;
  const builder = thread();
  for (const f of toBuild) aside.set(f.file, builder.build(f.workbook));
  return aside;
}
