// What a project's own data says about one fiscal year: the 工程 planned for it, what was reported
// for it, what it cost, and the document's prose that belongs to it. Pure selection, no wording.
import type { Detail } from '../model/common.ts';
import type { BudgetLine, Project, ProjectResult } from '../model/project.ts';
import { collectionOf, type Collection, type Requests } from './collection.ts';
import type { PlanProgress } from './plan-progress.ts';

/** A cell of an action plan covering the year, with the part it belongs to. */
export interface YearStep {
  part?: string;
  item?: string;
  text: string;
  from: number;
  to: number;
}

/** The 工程 of the year: every action plan (the project's, then each part's) spanning it. */
export function stepsOfYear(project: Project, year: number): YearStep[] {
  const covers = (a: { from: number; to: number }) => a.from <= year && year <= a.to;
  return [
    ...(project.actionPlans ?? []).filter(covers).map((a) => ({ item: a.item, text: a.text, from: a.from, to: a.to })),
    ...(project.parts ?? []).flatMap((part) =>
      (part.actionPlans ?? []).filter(covers).map((a) => ({ part: part.name, item: a.item, text: a.text, from: a.from, to: a.to })),
    ),
  ];
}

/** The year's reported result, or undefined when nothing was reported for the year. */
export const resultOfYear = (project: Project, year: number): ProjectResult | undefined => project.results?.get(year);

/**
 * Where the request for a project's missing result stands: the 実績照会 workbook asks each
 * department for its projects' results with its indicators, so the state is the departments'.
 */
export const resultRequest = (departments: readonly string[], requests: Requests): Collection => collectionOf(departments, requests);

/** Of `projects` (of the year's list), those that report a result of their own: a 再掲 row is reported as the project it repeats. */
export function reportingProjects(projects: readonly Project[], progress: Pick<PlanProgress, 'data' | 'year' | 'projects'>): Project[] {
  const byId = new Map(progress.data.projects.map((p) => [p.id, p]));
  return projects.filter((p) => !repeatedProject(p, progress.projects.listYear ?? progress.year, byId));
}

/** Of `projects` (of the year's list), those whose own result is not in yet. */
export function pendingResults(projects: readonly Project[], progress: Pick<PlanProgress, 'data' | 'year' | 'projects'>): Project[] {
  return reportingProjects(projects, progress).filter((p) => !resultOfYear(p, progress.year));
}

/** For a 再掲 row of the year's list (区分 再掲 with repeatOf), the project it repeats. */
export function repeatedProject(project: Project, listYear: number, byId: ReadonlyMap<string, Project>): Project | undefined {
  if (project.repeatOf === undefined || project.categories?.get(listYear) !== '再掲') return undefined;
  return byId.get(project.repeatOf);
}

export interface CostLine {
  fiscalYear: number;
  basis: BudgetLine['basis'];
  projectCost?: number;
  generalFund?: number;
  personnelCost?: number;
  /** A 決算額 the department reported with the year's result, not a line of the document's budget table. */
  reported?: boolean;
}

const BASIS_ORDER: Record<CostLine['basis'], number> = { 予算: 0, 見込み: 1, 決算: 2 };

/**
 * Cost lines from the year before to the year after, the window a 行政評価 sheet shows (前年度・
 * 当年度・次年度): a budget three years away says nothing about this year's work. A reported
 * 決算額 is a 決算 line of its year, unless the budgets already carry the same figure.
 */
export function costLines(project: Project, year: number): CostLine[] {
  const inWindow = (fy: number) => fy >= year - 1 && fy <= year + 1;
  const lines: CostLine[] = (project.budgets ?? [])
    .filter((b) => inWindow(b.fiscalYear) && [b.projectCost, b.generalFund, b.personnelCost].some((v) => v !== undefined))
    .map((b) => ({ fiscalYear: b.fiscalYear, basis: b.basis, projectCost: b.projectCost, generalFund: b.generalFund, personnelCost: b.personnelCost }));
  for (const [fy, result] of project.results ?? []) {
    if (!inWindow(fy) || result.settledCost === undefined) continue;
    if (lines.some((l) => l.fiscalYear === fy && l.basis === '決算' && l.projectCost === result.settledCost)) continue;
    lines.push({ fiscalYear: fy, basis: '決算', projectCost: result.settledCost, reported: true });
  }
  return lines.sort((a, b) => a.fiscalYear - b.fiscalYear || BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis]);
}

/** The 次年度方針 that concern the year's report: the one applied in the year and the one set for the next. */
export function policiesOfYear(project: Project, year: number): Array<{ fiscalYear: number; text: string }> {
  return [year, year + 1].flatMap((fy) => {
    const text = project.nextYearPolicy?.get(fy);
    return text === undefined ? [] : [{ fiscalYear: fy, text }];
  });
}

/** A labelled passage of the document, with the part it belongs to. */
export interface YearDetail extends Detail {
  part?: string;
}

/**
 * The document's prose for the year: passages without a year, and those of this year. A passage
 * dated another year (last year's 検証, say) is left out on purpose: printed under this year it
 * would read as this year's finding.
 */
export function detailsOfYear(project: Project, year: number): YearDetail[] {
  return [...ofYear(project.details, year), ...(project.parts ?? []).flatMap((part) => ofYear(part.details, year).map((d) => ({ ...d, part: part.name })))];
}

/** Passages without a year and those of `year` (see detailsOfYear for why others are left out). */
export function ofYear(details: readonly Detail[] | undefined, year: number): Detail[] {
  return (details ?? []).filter((d) => d.fiscalYear === undefined || d.fiscalYear === year);
}
