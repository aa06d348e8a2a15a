// Which projects a report for a fiscal year shows: a plan whose projects come in yearly
// implementation plans shows that year's list, or says which year's list it shows instead; a later
// year's projects are never presented as an earlier year's.
import type { Project } from '../model/project.ts';
import type { PlanData } from '../model/walk.ts';

export interface YearProjects {
  projects: Project[];
  /** For a plan with yearly implementation plans: the year whose list is shown, when there is one. */
  listYear?: number;
  /** The years the data has a list for (empty for a plan whose projects run the whole period). */
  listYears: number[];
}

export function projectsOfYear(data: PlanData, year: number): YearProjects {
  const listYears = (data.plan.implementationYears ?? []).map((y) => y.fiscalYear).sort((a, b) => a - b);
  if (listYears.length === 0) return { projects: data.projects, listYears };
  const listYear = listYears.includes(year) ? year : listYears.filter((y) => y < year).at(-1);
  if (listYear === undefined) return { projects: [], listYears };
  // An earlier year's list stands in without the projects it already completed (完了・統合).
  const listed = (p: (typeof data.projects)[number]) => p.categories?.has(listYear) && (listYear === year || p.categories.get(listYear) !== '完了・統合');
  return { projects: data.projects.filter(listed), listYear, listYears };
}
