// The work of `shinchoku report`, loaded only when the command runs (see commands/report.ts for its options and help).
import path from 'node:path';
import { EXIT } from '../../errors.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { missingGlyphMessage } from '../../render/pdf/missing-glyphs.ts';
import { annualReportFiles, removeOtherVolumes, writeReport } from '../../render/write-reports.ts';
import { VERSION } from '../../version.ts';
import { dataDir, loadDatasetOrReport } from '../data-option.ts';
import { requestsFrom } from '../../run/requests.ts';
import { figuresOf, requireYear, selectPlans } from '../../run/selection.ts';
import type { CommandContext } from '../command.ts';
import type { reportOptions } from '../commands/report.ts';

export async function run({ options, stdout, stderr }: CommandContext<typeof reportOptions>): Promise<number> {
  const year = requireYear(options.year);
  const outDir = path.resolve(options.out ?? 'output');
  const dataset = await loadDatasetOrReport(dataDir(options), stderr);
  if (!dataset) return EXIT.failure;
  const generatedAt = new Date();
  const plans = figuresOf(selectPlans(dataset.municipalities, options.plan, year), year, requestsFrom(outDir, generatedAt, dataset.timezone));
  const templates = loadTemplates(dataset.timezone);

  for (const { m, data, progress } of plans) {
    const files = annualReportFiles({ municipality: m.municipality, progress, edition: dataset.edition, generatedAt, version: VERSION, templates, duplex: dataset.duplex }, outDir);
    for (const [i, { file, document }] of files.entries()) {
      // A plan in volumes takes minutes: each volume says so as it starts.
      const volume = files.length > 1 ? ` 第${i + 1}分冊（全${files.length}分冊）` : '';
      stderr.write(`作成中: ${m.municipality.name}「${data.plan.title}」${formatFiscalYear(year)}${volume}\n`);
      const written = await writeReport(document, file);
      for (const g of written.missingGlyphs) stderr.write(`${missingGlyphMessage(g, path.basename(written.file))}\n`);
      const relative = path.relative(process.cwd(), written.file);
      stdout.write(`${relative.startsWith('..') ? written.file : relative}\n`);
    }
    await removeOtherVolumes(files.map((f) => f.file));
  }
  stderr.write(`${plans.length} 件の報告書を作成しました（データの版: ${dataset.edition}）\n`);
  return EXIT.ok;
}
