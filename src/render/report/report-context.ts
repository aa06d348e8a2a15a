// What every report template can use: the plan, the year, the counts and the rubric, as plain data.
import type { Aggregate } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { describeRubric } from '../../compute/status.ts';
import { formatFiscalYear } from '../../model/fiscal-year.ts';
import type { Municipality } from '../../model/municipality.ts';

export interface ReportContext {
  municipality: { name: string; prefecture?: string };
  plan: { id: string; title: string; first: number; last: number; goal?: string; levels: string[]; projectLevel?: string };
  year: number;
  generatedAt: Date;
  edition: string;
  version: string;
  counts: { indicators: number; projects: number; reported: number; unreported: number; evaluated: number; achieved: number; shareAchieved?: number };
  /**
   * Whose project list the report shows, for a plan whose projects come in yearly implementation
   * plans: `otherYear` when it is an earlier year's list, `missing` when there is none for the year.
   */
  projectList: { listYear?: number; otherYear: boolean; missing: boolean; available: string };
  rubric: { name: string; top: string; lines: string[] };
  sources: Array<{ title: string; issued?: string }>;
  /** 所管課 and contact from the settings, when configured. */
  contact?: { department: string; section?: string; phone?: string; email?: string; placeholder: boolean };
}

export function reportContext(
  municipality: Municipality,
  progress: PlanProgress,
  summary: Aggregate,
  meta: { generatedAt: Date; edition: string; version: string },
): ReportContext {
  const { data, year, rubric, rows, projects } = progress;
  const { plan } = data;
  const reported = rows.filter((r) => r.actual.reported).length;
  const byYear = projects.listYears.length > 0;
  return {
    municipality: { name: municipality.name, prefecture: municipality.prefecture },
    plan: {
      id: plan.id,
      title: plan.title,
      first: plan.period.first,
      last: plan.period.last,
      goal: plan.goal,
      levels: plan.levels,
      projectLevel: plan.projectLevel,
    },
    year,
    generatedAt: meta.generatedAt,
    edition: meta.edition,
    version: meta.version,
    counts: {
      indicators: summary.total,
      projects: projects.projects.length,
      reported,
      unreported: summary.total - reported,
      evaluated: summary.evaluated,
      achieved: summary.achieved,
      shareAchieved: summary.shareAchieved,
    },
    projectList: {
      listYear: projects.listYear,
      otherYear: byYear && projects.listYear !== undefined && projects.listYear !== year,
      missing: byYear && projects.listYear === undefined,
      available: projects.listYears.map(formatFiscalYear).join('、'),
    },
    rubric: { name: rubric.name, top: rubric.bands[0]!.label, lines: describeRubric(rubric) },
    sources: plan.sources.map((s) => ({ title: s.title, issued: s.issued })),
    contact: data.contact && {
      department: data.contact.department,
      section: data.contact.section,
      phone: data.contact.phone,
      email: data.contact.email?.address,
      placeholder: data.contact.placeholder === true || data.contact.email?.placeholder === true,
    },
  };
}
