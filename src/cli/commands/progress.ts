import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { aggregate, groupRows } from '../../compute/aggregate.ts';
import { projectCounts, sdgGoalCounts } from '../../compute/project-counts.ts';
import { describeRubric } from '../../compute/status.ts';
import { EXIT, UsageError } from '../../errors.ts';
import type { MunicipalityData } from '../../load/dataset.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import { departmentFullName } from '../../model/municipality.ts';
import { aggregateJson, indicatorJson, PROGRESS_JSON_FORMAT } from '../../render/progress-json.ts';
import { progressRecords, RECORD_COLUMNS } from '../../render/progress-records.ts';
import { formatProgressTables, type ProgressSection } from '../../render/progress-text.ts';
import { defineCommand } from '../command.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { requestsFrom, type RequestsOf } from '../../run/requests.ts';
import { departmentHint, figuresOf, requireYear, selectPlans } from '../../run/selection.ts';

const FORMATS = ['table', 'json', 'csv'] as const;

export const progressCommand = defineCommand({
  name: 'progress',
  summary: '年度を指定して、指標ごとの進捗・達成率・差と集計を表示します',
  description: '計画が定めた目標値（年度と以上・以下などの表記つき）、その年度の目標値がないときの目安（前後の値を結ぶ直線上の値を計画の桁に四捨五入）、実績値、達成率、進捗率、差、必要なペース、見通し、状況を計算します。',
  options: {
    year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
    plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
    department: { type: 'string', valueName: '担当課', description: 'この担当課の指標だけ' },
    format: { type: 'string', valueName: '形式', description: 'table（既定）、json、csv（Excel で開ける UTF-8 BOM 付き）' },
    out: { type: 'string', valueName: 'フォルダ', description: '実績照会の記録を読む出力フォルダ（省略時は ./output）。照会前・照会中・未報告の区別に使います' },
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku progress --year 2024', description: '全計画の2024年度の進捗を表で表示します' },
    { command: 'npx shinchoku progress --year 令和6年度 --plan kyodo --format csv > kyodo.csv', description: '1計画をCSVで保存します' },
    { command: 'npx shinchoku progress --year 2024 --department 広聴広報課 --format json', description: '1担当課の分をJSONで出力します' },
  ],
  async run({ options, stdout, stderr }) {
    const year = requireYear(options.year);
    const format = options.format ?? 'table';
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format は ${FORMATS.join('、')} のどれかです`);

    const dataset = await loadDatasetOrReport(dataDir(options), stderr);
    if (!dataset) return EXIT.failure;
    const requests = requestsFrom(path.resolve(options.out ?? 'output'), new Date(), dataset.timezone);
    const selected = select(dataset.municipalities, year, requests, options.plan, options.department);

    if (format === 'csv') {
      const records = selected.flatMap(({ progress }) => progressRecords(progress.data, progress.rows));
      stdout.write(stringify(records, { header: true, columns: [...RECORD_COLUMNS], bom: true, record_delimiter: 'windows' }));
    } else if (format === 'json') {
      stdout.write(`${JSON.stringify(toJson(selected, year, dataset.edition), null, 2)}\n`);
    } else {
      stdout.write(`${formatProgressTables(selected, year)}\n`);
    }
    return EXIT.ok;
  },
});

interface SelectedPlan extends ProgressSection {
  department?: string;
}

function select(municipalities: MunicipalityData[], year: number, requests: RequestsOf, planId?: string, department?: string): SelectedPlan[] {
  const all = selectPlans(municipalities, planId, year);
  // The same name may be a department in several municipalities (人事課): each keeps its own.
  const canonical = new Map<MunicipalityData, string>();
  if (department !== undefined) {
    for (const m of municipalities) {
      const r = m.registry.resolve(department);
      if (r.kind === 'found') canonical.set(m, departmentFullName(r.department));
    }
    if (canonical.size === 0) throw new UsageError(`担当課「${department}」は担当課の一覧にありません${departmentHint(municipalities, department)}`);
  }
  return figuresOf(all.filter((x) => department === undefined || canonical.has(x.m)), year, requests)
    .map(({ m, progress }) => {
      const name = canonical.get(m);
      const rows = name ? progress.rows.filter((r) => r.departments.includes(name)) : progress.rows;
      return { municipality: m, progress: { ...progress, rows }, department: name };
    });
}

function toJson(selected: SelectedPlan[], year: number, edition: string) {
  const municipalities = [...new Set(selected.map((s) => s.municipality))].map((m) => {
    const sections = selected.filter((s) => s.municipality === m);
    const rows = sections.flatMap((s) => s.progress.rows);
    const rubric = sections[0]!.progress.rubric;
    return {
      id: m.municipality.id,
      name: m.municipality.name,
      plans: sections.map((s) => s.progress.data.plan.id),
      summary: aggregateJson(aggregate(rows, rubric)),
      byDepartment: [...groupRows(rows, (r) => r.departments)].map(([department, g]) => ({ department, summary: aggregateJson(aggregate(g, rubric)) })),
    };
  });
  return {
    format: PROGRESS_JSON_FORMAT,
    fiscalYear: year,
    fiscalYearLabel: formatFiscalYear(year),
    edition,
    department: [...new Set(selected.map((s) => s.department).filter((d) => d !== undefined))].join('、') || null,
    municipalities,
    plans: selected.map(({ municipality, progress }) => {
      const { data, rows, rubric } = progress;
      const implementation = data.plan.implementationYears?.some((y) => y.fiscalYear === year);
      return {
        id: data.plan.id,
        title: data.plan.title,
        municipality: municipality.municipality.name,
        rubric: { name: rubric.name, basis: rubric.basis, rules: describeRubric(rubric) },
        summary: aggregateJson(aggregate(rows, rubric)),
        // Every node, each with the indicators beneath it: nodePath lists all ancestors.
        byNode: [...groupRows(rows, (r) => r.nodePath)].map(([nodeId, g]) => ({ nodeId, summary: aggregateJson(aggregate(g, rubric)) })),
        byDepartment: [...groupRows(rows, (r) => r.departments)].map(([department, g]) => ({ department, summary: aggregateJson(aggregate(g, rubric)) })),
        implementationYear: implementation
          ? { projectCounts: projectCounts(data, year, (p) => p.node), sdgGoalCounts: Object.fromEntries(sdgGoalCounts(data, year)) }
          : null,
        indicators: rows.map(indicatorJson),
      };
    }),
  };
}
