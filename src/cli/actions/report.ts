// The work of `shinchoku report`, loaded only when the command runs (see commands/report.ts for its options and help).
import path from 'node:path';
import { EXIT } from '../../errors.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { missingGlyphMessage } from '../../render/pdf/missing-glyphs.ts';
import { annualReportFiles, removeOtherVolumes, writeReport } from '../../render/write-reports.ts';
import { VERSION } from '../../version.ts';
import { loadDatasetOrLog } from '../data-option.ts';
import { requestsFrom } from '../../run/requests.ts';
import { figuresOf, requireYear, selectPlans } from '../../run/selection.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { reportOptions } from '../commands/report.ts';

export async function run({ options, stdout, env, log }: CommandContext<typeof reportOptions>): Promise<number> {
  const year = requireYear(options.year);
  const out = outDir(options, env);
  const dataset = await loadDatasetOrLog(dataDir(options, env), log);
  if (!dataset) return EXIT.failure;
  const generatedAt = new Date();
  const plans = figuresOf(selectPlans(dataset.municipalities, options.plan, year), year, requestsFrom(out, generatedAt, dataset.timezone));
  const templates = loadTemplates(dataset.timezone);

  for (const { m, data, progress } of plans) {
    const files = annualReportFiles(
      { municipality: m.municipality, progress, edition: dataset.edition, generatedAt, version: VERSION, templates, duplex: dataset.duplex },
      out,
    );
    for (const [i, { file, document }] of files.entries()) {
      // A plan in volumes takes minutes: each volume says so as it starts.
      const volume = files.length > 1 ? ` 第${i + 1}分冊（全${files.length}分冊）` : '';
      log.info('report.building', `作成中: ${m.municipality.name}「${data.plan.title}」${formatFiscalYear(year)}${volume}`, {
        plan: data.plan.id,
        volume: files.length > 1 ? i + 1 : undefined,
      });
      const written = await writeReport(document, file);
      for (const g of written.missingGlyphs) log.warn('report.missing-glyph', missingGlyphMessage(g, path.basename(written.file)), { plan: data.plan.id });
      const relative = path.relative(process.cwd(), written.file);
      stdout.write(`${relative.startsWith('..') ? written.file : relative}\n`);
    }
    await removeOtherVolumes(files.map((f) => f.file));
  }
  log.info('report.done', `${plans.length} 件の報告書を作成しました（データの版: ${dataset.edition}）`, { reports: plans.length, edition: dataset.edition });
  return EXIT.ok;
}
