// Every indicator of a plan in one fiscal year, computed once and handed to every report, mail and
// sheet that prints it.
import type { ResolvedPlan } from '../load/dataset.ts';
import type { Rubric } from '../model/rubric.ts';
import { indicatorProgress, type IndicatorProgress } from './indicator-progress.ts';
import { projectsOfYear, type YearProjects } from './year-projects.ts';

export type IndicatorRow = IndicatorProgress;

export interface PlanProgress {
  data: ResolvedPlan;
  year: number;
  rubric: Rubric;
  /** The projects of the year; their indicators are the project indicators among `rows`. */
  projects: YearProjects;
  /** Each indicator once: the plan's and its nodes', and those of the year's projects. */
  rows: IndicatorRow[];
}

export function planProgress(data: ResolvedPlan, year: number, rubric: Rubric): PlanProgress {
  const projects = projectsOfYear(data, year);
  const shown = new Set(projects.projects);
  const rows = data.indicators
    .filter((i) => i.scope.kind !== 'project' || shown.has(i.scope.project))
    .map((i) => indicatorProgress({ ...i, relistedIn: i.relistedIn.filter((p) => shown.has(p)) }, year, rubric));
  return { data, year, rubric, projects, rows };
}
