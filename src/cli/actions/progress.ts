// The work of `shinchoku progress`, loaded only when the command runs (see commands/progress.ts for its options and help).
import { stringify } from 'csv-stringify/sync';
import { aggregate, groupRows } from '../../compute/aggregate.ts';
import { projectCounts, sdgGoalCounts } from '../../compute/project-counts.ts';
import { describeRubric } from '../../compute/status.ts';
import { EXIT, UsageError } from '../../errors.ts';
import type { MunicipalityData } from '../../load/dataset.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import { departmentFullName } from '../../model/department-name.ts';
import { aggregateJson, indicatorJson, PROGRESS_JSON_FORMAT } from '../../render/progress-json.ts';
import { progressRecords, RECORD_COLUMNS } from '../../render/progress-records.ts';
import { formatProgressTables, type ProgressSection } from '../../render/progress-text.ts';
import { loadDatasetOrLog } from '../data-option.ts';
import { requestsFrom, type RequestsOf } from '../../run/requests.ts';
import { departmentHint, figuresOf, requireYear, selectPlans } from '../../run/selection.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { progressOptions } from '../commands/progress.ts';

const FORMATS = ['table', 'json', 'csv'] as const;

export async function run({ options, stdout, env, log }: CommandContext<typeof progressOptions>): Promise<number> {
  const year = requireYear(options.year);
  const format = options.format ?? 'table';
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format は ${FORMATS.join('、')} のどれかです`);

  const dataset = await loadDatasetOrLog(dataDir(options, env), log);
  if (!dataset) return EXIT.failure;
  const requests = requestsFrom(outDir(options, env), new Date(), dataset.timezone);
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
}

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
  return figuresOf(
    all.filter((x) => department === undefined || canonical.has(x.m)),
    year,
    requests,
  ).map(({ m, progress }) => {
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
