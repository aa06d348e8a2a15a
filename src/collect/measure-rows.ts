// Pure: the rows of one department's 事業の実施状況 sheet — each project of the year it runs, with
// what it needs to see to report the year's result: the 工程 planned for the year and its budget.
import type { PlanProgress } from '../compute/plan-progress.ts';
import { reportingProjects, stepsOfYear } from '../compute/project-year.ts';
import { resultKey } from '../load/collected-actuals.ts';
import type { ProjectResult } from '../model/project.ts';
import { nodeCodes, nodeTitles } from '../model/walk.ts';
import { projectCodes } from '../render/project-code.ts';

export interface MeasureRow {
  municipalityId: string;
  planId: string;
  planTitle: string;
  /** 「1-2 取組事項の名前」: the node the project sits under, with its place in the plan. */
  node: string;
  /** The project's number, unambiguous in the plan (「1-2 ①」). */
  number: string;
  projectId: string;
  name: string;
  /** The 工程 the plan sets for the year, one line each. */
  steps: string;
  /** The year's 予算 (千円), when the plan carries costs. */
  budget?: number;
  /** Whether the plan carries costs for the project: only then is a 決算額 asked for. */
  hasCosts: boolean;
  year: number;
  current?: ProjectResult;
  /** The year's result is transcribed from a document: shown, not editable. */
  fixed: boolean;
}

const stepLine = (s: ReturnType<typeof stepsOfYear>[number]) =>
  [s.part && `［${s.part}］`, s.item && `${s.item}：`, s.text.replace(/\s*\n\s*/g, ' ')].filter(Boolean).join('');

export function measureRows(municipalityId: string, department: string, plans: readonly PlanProgress[], collected: ReadonlySet<string>): MeasureRow[] {
  return plans.flatMap((p) => {
    const { data, year } = p;
    const titles = nodeTitles(data.plan);
    const codes = nodeCodes(data.plan);
    const code = projectCodes(data);
    // A 再掲 row reports nothing of its own: the project it repeats is asked once.
    return reportingProjects(p.projects.projects, p)
      .filter((project) => data.projectDepartments.get(project)!.includes(department))
      .map((project): MeasureRow => {
        const current = project.results?.get(year);
        const budget = (project.budgets ?? []).find((b) => b.fiscalYear === year && b.basis === '予算')?.projectCost;
        return {
          municipalityId,
          planId: data.plan.id,
          planTitle: data.plan.title,
          node: [codes.get(project.node), titles.get(project.node)].filter(Boolean).join(' '),
          number: code(project),
          projectId: project.id,
          name: project.name,
          steps: stepsOfYear(project, year).map(stepLine).join('\n'),
          budget,
          hasCosts: (project.budgets?.length ?? 0) > 0,
          year,
          current,
          fixed: current !== undefined && !collected.has(resultKey(data.plan.id, project.id, year)),
        };
      });
  });
}
