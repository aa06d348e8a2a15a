// What every report template can use: the plan, the year, the counts and the rubric, as plain data.
import type { Aggregate } from '../../compute/aggregate.ts';
import { describeRubric } from '../../compute/status.ts';
import type { Municipality } from '../../model/municipality.ts';
import type { Rubric } from '../../model/rubric.ts';
import type { PlanData } from '../../model/walk.ts';

export interface ReportContext {
  municipality: { name: string; prefecture?: string };
  plan: { id: string; title: string; first: number; last: number; goal?: string; levels: string[]; projectLevel?: string };
  year: number;
  generatedAt: Date;
  edition: string;
  version: string;
  counts: { indicators: number; projects: number; reported: number; unreported: number; evaluated: number; achieved: number; shareAchieved?: number };
  rubric: { name: string; top: string; lines: string[] };
  sources: Array<{ title: string; issued?: string }>;
}

export function reportContext(
  municipality: Municipality,
  data: PlanData,
  year: number,
  rubric: Rubric,
  summary: Aggregate,
  meta: { generatedAt: Date; edition: string; version: string; reported: number },
): ReportContext {
  const { plan } = data;
  return {
    municipality: { name: municipality.name, prefecture: municipality.prefecture },
    plan: { id: plan.id, title: plan.title, first: plan.period.first, last: plan.period.last, goal: plan.goal, levels: plan.levels, projectLevel: plan.projectLevel },
    year,
    generatedAt: meta.generatedAt,
    edition: meta.edition,
    version: meta.version,
    counts: {
      indicators: summary.total,
      projects: data.projects.length,
      reported: meta.reported,
      unreported: summary.total - meta.reported,
      evaluated: summary.evaluated,
      achieved: summary.achieved,
      shareAchieved: summary.shareAchieved,
    },
    rubric: { name: rubric.name, top: rubric.bands[0]!.label, lines: describeRubric(rubric) },
    sources: plan.sources.map((s) => ({ title: s.title, issued: s.issued })),
  };
}
