import path from 'node:path';
import { EXIT } from '../../errors.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { missingGlyphMessage } from '../../render/pdf/missing-glyphs.ts';
import { writeAnnualReport } from '../../render/write-reports.ts';
import { VERSION } from '../../version.ts';
import { defineCommand } from '../command.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { requestsFrom } from '../../run/requests.ts';
import { figuresOf, requireYear, selectPlans } from '../../run/selection.ts';

export const reportCommand = defineCommand({
  name: 'report',
  summary: '計画ごとの年次進捗報告書（PDF）を作成します',
  description: '表紙・目次・概要・階層ごとの指標と事業・グラフ・付録からなる A4 の報告書を、output/<年度>/<自治体>/<計画>/annual-report.pdf に書き出します。書き出しは一度に行うため、途中で失敗しても前の報告書は壊れません。',
  options: {
    year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
    plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
    out: { type: 'string', valueName: 'フォルダ', description: '書き出し先（省略時は ./output）' },
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku report --year 2024', description: '全計画の2024年度の報告書を作成します' },
    { command: 'npx shinchoku report --year 令和6年度 --plan kyodo', description: '1計画だけ作成します' },
  ],
  async run({ options, stdout, stderr }) {
    const year = requireYear(options.year);
    const outDir = path.resolve(options.out ?? 'output');
    const dataset = await loadDatasetOrReport(dataDir(options), stderr);
    if (!dataset) return EXIT.failure;
    const generatedAt = new Date();
    const plans = figuresOf(selectPlans(dataset.municipalities, options.plan, year), year, requestsFrom(outDir, generatedAt, dataset.timezone));
    const templates = loadTemplates(dataset.timezone);

    for (const { m, data, progress } of plans) {
      stderr.write(`作成中: ${m.municipality.name}「${data.plan.title}」${formatFiscalYear(year)}\n`);
      const written = await writeAnnualReport({ municipality: m.municipality, progress, edition: dataset.edition, generatedAt, version: VERSION, templates, duplex: dataset.duplex }, outDir);
      for (const g of written.missingGlyphs) stderr.write(`${missingGlyphMessage(g, path.basename(written.file))}\n`);
      const relative = path.relative(process.cwd(), written.file);
      stdout.write(`${relative.startsWith('..') ? written.file : relative}\n`);
    }
    stderr.write(`${plans.length} 件の報告書を作成しました（データの版: ${dataset.edition}）\n`);
    return EXIT.ok;
  },
});
