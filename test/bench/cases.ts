// The reports the benchmark builds: every seed plan, and a plan ten times the largest seed plan.
import { NO_REQUESTS } from '../helpers/requests.ts';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { planProgress } from '../../src/compute/plan-progress.ts';
import type { MunicipalityData } from '../../src/load/dataset.ts';
import { resolvePlan } from '../../src/load/resolve.ts';
import { loadData } from '../../src/load/load-data.ts';
import type { PlanNode } from '../../src/model/plan.ts';
import type { Project } from '../../src/model/project.ts';
import type { Indicator } from '../../src/model/indicator.ts';
import { walkIndicators, type PlanData } from '../../src/model/walk.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import type { AnnualReportInput } from '../../src/render/report/annual-report.ts';

export const YEAR = 2024;
/** The largest seed plan repeated ten times, for linearity; and repeated to 10,000 indicators, the size a prefecture's plans reach. */
export const SCALE = 10;
export const LARGE_INDICATORS = 10_000;

export interface BenchCase {
  id: string;
  indicators: number;
  /** How many times the largest seed plan is repeated (1 for a seed plan). */
  times: number;
  /** Built only for the case a process measures: the large plan's progress takes seconds to compute. */
  input: () => AnnualReportInput;
}

function renumberNode(node: PlanNode, copy: number): PlanNode {
  return { ...node, id: `${node.id}-x${copy}`, title: `${node.title}（複製${copy}）`, children: node.children?.map((c) => renumberNode(c, copy)) };
}

/**
 * Made-up actuals for a numeric indicator without any, so that the synthetic plan draws a chart per
 * indicator as a plan with years of actuals does: each year a share of the way from the baseline to
 * the final target, a different share in each copy. Benchmark data only, never a report's figures.
 */
function syntheticActuals(indicator: Indicator, copy: number, first: number): Indicator['actuals'] {
  const from = indicator.baseline?.value;
  const to = indicator.finalTarget?.value;
  const last = indicator.finalTarget?.fiscalYear;
  if (from === undefined || to === undefined || last === undefined || indicator.direction === 'qualitative') return undefined;
  const start = indicator.baseline?.fiscalYear ?? first - 1;
  const pace = 0.4 + (copy % 13) / 10;
  const actuals = new Map<number, { value: number }>();
  for (let year = Math.max(first, start + 1); year <= YEAR; year++) {
    actuals.set(year, { value: Math.round((from + ((to - from) * pace * (year - start)) / Math.max(1, last - start)) * 10) / 10 });
  }
  return actuals.size > 0 ? actuals : undefined;
}

/** The plan repeated `times` times: every node, project and indicator copied under new ids. */
export function scaledPlan(data: PlanData, times: number): PlanData {
  const nodes: PlanNode[] = [];
  const projects: Project[] = [];
  for (let copy = 1; copy <= times; copy++) {
    nodes.push(...data.plan.nodes.map((n) => renumberNode(structuredClone(n), copy)));
    projects.push(
      ...data.projects.map((p) => {
        const c = structuredClone(p);
        return {
          ...c,
          id: `${c.id}-x${copy}`,
          node: `${c.node}-x${copy}`,
          repeatOf: c.repeatOf ? `${c.repeatOf}-x${copy}` : undefined,
          repeatedIndicators: c.repeatedIndicators?.map((id) => `${id}-x${copy}`),
          indicators: c.indicators?.map((i) => ({ ...i, id: `${i.id}-x${copy}`, actuals: i.actuals ?? syntheticActuals(i, copy, data.plan.period.first) })),
        };
      }),
    );
  }
  return { plan: { ...data.plan, id: `${data.plan.id}-x${times}`, title: `${data.plan.title}（${times}倍の合成データ）`, nodes }, projects };
}

export async function benchCases(): Promise<BenchCase[]> {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the bundled seeds do not load');
  const templates = loadTemplates(loaded.dataset.timezone);
  const input = (m: MunicipalityData, data: PlanData) => (): AnnualReportInput => ({
    municipality: m.municipality,
    progress: planProgress(resolvePlan(data, m.registry), YEAR, m.rubric, () => NO_REQUESTS),
    edition: loaded.dataset.edition,
    generatedAt: new Date(),
    version: 'bench',
    templates,
    duplex: true,
  });
  const count = (data: PlanData) => [...walkIndicators(data)].length;
  const all = loaded.dataset.municipalities.flatMap((m) => m.plans.map((data) => ({ m, data, indicators: count(data) })));
  const cases: BenchCase[] = all.map(({ m, data, indicators }) => ({ id: data.plan.id, indicators, times: 1, input: input(m, data) }));
  const largest = [...all].sort((a, b) => b.indicators - a.indicators)[0]!;
  for (const times of [SCALE, Math.ceil(LARGE_INDICATORS / largest.indicators)]) {
    cases.push({
      id: `${largest.data.plan.id}-x${times}`,
      indicators: largest.indicators * times,
      times,
      input: () => input(largest.m, scaledPlan(largest.data, times))(),
    });
  }
  return cases;
}
