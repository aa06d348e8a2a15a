// Every indicator of a plan in one fiscal year, computed once and handed to every report, mail and
// sheet that prints it, with the same indicators' figures of the year before for comparison.
import type { ResolvedPlan } from '../load/dataset.ts';
import type { Rubric } from '../model/rubric.ts';
import type { Requests } from './collection.ts';
import { indicatorProgress, type IndicatorProgress } from './indicator-progress.ts';
import { projectsOfYear, type YearProjects } from './year-projects.ts';

export interface IndicatorRow extends IndicatorProgress {
  /** The same indicator in the year before, when that year is in the plan's period. */
  previous?: IndicatorProgress;
}

export interface PlanProgress {
  data: ResolvedPlan;
  year: number;
  rubric: Rubric;
  /** The projects of the year; their indicators are the project indicators among `rows`. */
  projects: YearProjects;
  /** Each indicator once: the plan's and its nodes', and those of the year's projects. */
  rows: IndicatorRow[];
  /** Whether the year before is in the plan's period (rows then carry `previous`). */
  hasPreviousYear: boolean;
  /** Where the collection of the year's actuals stands, for what is said about a missing one. */
  requests: Requests;
}

/** `requestsFor` tells, for a fiscal year, what the collect ledger and the settings say about its requests. */
export function planProgress(data: ResolvedPlan, year: number, rubric: Rubric, requestsFor: (year: number) => Requests): PlanProgress {
  const projects = projectsOfYear(data, year);
  const shown = new Set(projects.projects);
  const hasPreviousYear = year - 1 >= data.plan.period.first;
  const requests = requestsFor(year);
  const before = hasPreviousYear ? requestsFor(year - 1) : undefined;
  const rows = data.indicators
    .filter((i) => i.scope.kind !== 'project' || shown.has(i.scope.project))
    .map((i): IndicatorRow => {
      const pi = { ...i, relistedIn: i.relistedIn.filter((p) => shown.has(p)) };
      const row: IndicatorRow = indicatorProgress(pi, year, rubric, requests);
      if (before) row.previous = indicatorProgress(pi, year - 1, rubric, before);
      return row;
    });
  return { data, year, rubric, projects, rows, hasPreviousYear, requests };
}
