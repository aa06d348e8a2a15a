// The report one department receives: its indicators and projects across all of its
// municipality's plans, what it still has to report and by when (pure: no IO).
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import { pendingResults } from '../../compute/project-year.ts';
import { describeRubric } from '../../compute/status.ts';
import type { MunicipalityData, ResolvedPlan } from '../../load/dataset.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import type { Department } from '../../model/municipality.ts';
import { departmentFullName } from '../../model/department-name.ts';
import type { Project } from '../../model/project.ts';
import { indicatorTitle, latestActualText } from '../indicator-text.ts';
import type { TemplateSet } from '../templates/template-set.ts';
import { cell, type Block, type Cell, type Column, type HeadingLevel, type ReportDocument } from './blocks.ts';
import { withLongTextsBelow } from './table-fit.ts';
import { departmentIndicatorTable, measureKey } from './department-table.ts';
import { guideCell, hasGuide, targetCell } from './indicator-table.ts';
import { projectTable } from './project-table.ts';
import { indicatorCharts } from './section-kit.ts';
import { coverText, singleLine, templateBlocks } from './template-text.ts';

export interface DepartmentReportInput {
  m: MunicipalityData;
  /** Every chosen plan of the municipality, computed once for all of its departments. */
  plans: readonly PlanProgress[];
  department: Department;
  year: number;
  /** ISO date by which unreported actuals are due, when configured. */
  deadline?: string;
  /** Whom the department asks: the same lines as the mail's signature. */
  signature: readonly string[];
  edition: string;
  generatedAt: Date;
  version: string;
  templates: TemplateSet;
}

interface PlanShare {
  data: ResolvedPlan;
  rows: IndicatorRow[];
  /** The department's projects among the year's. */
  projects: Project[];
  progress: PlanProgress;
}

/** What of each plan belongs to `name`: indicators it answers for, projects of the year it runs. */
function sharesOf(input: DepartmentReportInput, name: string): PlanShare[] {
  return input.plans
    .map((progress) => ({
      data: progress.data,
      rows: progress.rows.filter((r) => r.departments.includes(name)),
      projects: progress.projects.projects.filter((p) => progress.data.projectDepartments.get(p)!.includes(name)),
      progress,
    }))
    .filter((s) => s.rows.length > 0 || s.projects.length > 0);
}

/** What the report and its cover mail say about the department, as template data. */
export type DepartmentContext = ReturnType<typeof contextOf>;

function contextOf(input: DepartmentReportInput, name: string, shares: PlanShare[], rows: IndicatorRow[], unreported: number) {
  const { municipality, rubric } = input.m;
  const resultsPending = shares.reduce((n, s) => n + pendingResults(s.projects, s.progress).length, 0);
  return {
    municipality: { id: municipality.id, name: municipality.name, prefecture: municipality.prefecture },
    department: { name, short: input.department.name },
    year: input.year,
    deadline: input.deadline,
    signature: input.signature,
    generatedAt: input.generatedAt,
    edition: input.edition,
    version: input.version,
    counts: {
      indicators: rows.length,
      projects: shares.reduce((n, s) => n + s.projects.length, 0),
      reported: rows.length - unreported,
      unreported,
      resultsPending,
      /** Anything the department is asked for: the mail then asks rather than confirms. */
      asked: unreported + resultsPending,
    },
    plans: shares.map((s) => {
      const { listYear, listYears } = s.progress.projects;
      // Whose project list this is, for a plan whose projects come in yearly implementation plans.
      return {
        title: s.data.plan.title,
        indicators: s.rows.length,
        projects: s.projects.length,
        projectsFrom: listYear !== undefined && listYear !== input.year ? listYear : undefined,
        noProjects: listYears.length > 0 && listYear === undefined,
      };
    }),
    rubric: { name: rubric.name, lines: describeRubric(rubric) },
  };
}

/** The department's report, or undefined when it answers for nothing in these plans. */
export function departmentReport(input: DepartmentReportInput): { document: ReportDocument; context: DepartmentContext } | undefined {
  const { department, year, templates } = input;
  const { municipality } = input.m;
  const name = departmentFullName(department);
  const shares = sharesOf(input, name);
  if (shares.length === 0) return undefined;

  const rows = shares.flatMap((s) => s.rows);
  const unreported = rows.filter((r) => !r.actual.reported);
  const context = contextOf(input, name, shares, rows, unreported.length);
  let headings = 0;
  const text = (file: string, level: HeadingLevel, extra: object = {}) =>
    templateBlocks(templates.render(file, { ...context, ...extra }), level, () => `section-${++headings}`);

  // A department that answers for no indicator is asked for nothing: no section thanks it for reports.
  const body: Block[] = [...text('department/introduction', 1), ...(rows.length > 0 ? text('department/unreported', 1) : [])];
  if (unreported.length > 0) {
    const planOf = new Map(shares.flatMap((s) => s.rows.map((r) => [r, s.data.plan.title] as const)));
    const guide = hasGuide(unreported);
    const columns: Column[] = [
      // A plan's title is a name: it wraps like one.
      { header: '計画', prose: true },
      { header: 'No.' },
      { header: '指標', prose: true },
      { header: '目標値', align: 'right' },
      ...(guide ? [{ header: '目安', align: 'right' as const }] : []),
      { header: '最新の実績', align: 'right' },
    ];
    const rows = unreported.map((r): Cell[] => [
      cell(planOf.get(r)!),
      cell(r.indicator.id),
      cell(indicatorTitle(r.indicator)),
      targetCell(r),
      ...(guide ? [guideCell(r)] : []),
      cell(latestActualText(r) ?? '—'),
    ]);
    body.push({ kind: 'table', columns, ...withLongTextsBelow(columns, rows, 2) });
  }
  const present = new Set(input.plans.flatMap((p) => p.rows.map((r) => measureKey(p.data.plan.id, r.indicator.id))));
  for (const s of shares) {
    const plan = s.data.plan;
    body.push(...text('department/plan', 1, { plan: { title: plan.title }, indicators: s.rows.length, projects: s.projects.length }));
    if (s.rows.length > 0) {
      body.push(...text('department/plan-indicators', 2, { count: s.rows.length }), departmentIndicatorTable(s.rows, name, s.data, present));
      const charts = indicatorCharts(s.rows, (r) => r.indicator.id);
      if (charts.length > 0) body.push(...text('department/plan-charts', 2), { kind: 'charts', charts });
    }
    if (s.projects.length > 0) {
      body.push(
        ...text('department/plan-projects', 2, { count: s.projects.length, projectLevel: plan.projectLevel ?? '事業' }),
        projectTable(s.projects, s.progress),
      );
    }
  }
  body.push(...text('department/appendix', 1), ...text('report/how-to-read', 2), ...text('report/rubric', 2), ...text('department/colophon', 2));

  const subject = `${formatFiscalYear(year)}の進捗状況（${name}）`;
  const document: ReportDocument = {
    info: {
      title: `${municipality.name} ${name} ${subject}`,
      author: municipality.name,
      subject,
      keywords: [municipality.name, name, '進捗状況', String(year)].join(', '),
    },
    runningTitle: singleLine(templates.render('department/running-title', context)),
    everyPageNotice: shares.some((s) => s.data.plan.demo) ? singleLine(templates.render('department/demo-notice', context)) : undefined,
    cover: coverText(templates.render('department/cover', context)),
    tocTitle: singleLine(templates.render('report/toc-title', context)),
    body,
    // Sent by mail and printed by the department as it likes: one-sided.
    duplex: false,
  };
  return { document, context };
}
