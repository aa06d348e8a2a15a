// Pure: what a plan holds, counted, so a clerk can compare it with the document.
import { walkIndicators, walkNodes, type PlanData } from '../model/walk.ts';

export interface PlanSummary {
  id: string;
  title: string;
  period: { first: number; last: number };
  /** Node count per level, in the plan's own level names. */
  levels: Array<{ name: string; count: number }>;
  projectLevel?: string;
  projects: number;
  /** Projects carried out in each implementation-plan year (every category but 完了・統合). */
  projectsByYear: Array<{ fiscalYear: number; count: number }>;
  indicators: { total: number; quantitative: number; qualitative: number };
  targets: number;
  actuals: number;
}

export function summarisePlan({ plan, projects }: PlanData): PlanSummary {
  const depths = [...walkNodes(plan)].map((v) => v.depth);
  const indicators = [...walkIndicators({ plan, projects })].map((v) => v.indicator);
  const qualitative = indicators.filter((i) => i.direction === 'qualitative').length;
  return {
    id: plan.id,
    title: plan.title,
    period: plan.period,
    levels: plan.levels.map((name, depth) => ({ name, count: depths.filter((d) => d === depth).length })),
    projectLevel: plan.projectLevel,
    projects: projects.length,
    projectsByYear: (plan.implementationYears ?? []).map(({ fiscalYear }) => ({
      fiscalYear,
      count: projects.filter((p) => {
        const category = p.categories?.get(fiscalYear);
        return category !== undefined && category !== '完了・統合';
      }).length,
    })),
    indicators: { total: indicators.length, quantitative: indicators.length - qualitative, qualitative },
    targets: indicators.reduce((n, i) => n + (i.targets?.size ?? 0) + (i.finalTarget ? 1 : 0), 0),
    actuals: indicators.reduce((n, i) => n + (i.actuals?.size ?? 0), 0),
  };
}
