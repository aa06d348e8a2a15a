// The reports the benchmark builds: every seed plan, and a plan ten times the largest seed plan.
import { NO_REQUESTS } from '../helpers/requests.ts';
import { BUNDLED_SEEDS } from '../../src/cli/data-option.ts';
import { planProgress } from '../../src/compute/plan-progress.ts';
import type { MunicipalityData } from '../../src/load/dataset.ts';
import { resolvePlan } from '../../src/load/resolve.ts';
import { loadData } from '../../src/load/load-data.ts';
import type { PlanNode } from '../../src/model/plan.ts';
import type { Project } from '../../src/model/project.ts';
import { walkIndicators, type PlanData } from '../../src/model/walk.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import type { AnnualReportInput } from '../../src/render/report/annual-report.ts';

export const YEAR = 2024;
export const SCALE = 10;

export interface BenchCase {
  id: string;
  indicators: number;
  input: AnnualReportInput;
}

function renumberNode(node: PlanNode, copy: number): PlanNode {
  return { ...node, id: `${node.id}-x${copy}`, title: `${node.title}（複製${copy}）`, children: node.children?.map((c) => renumberNode(c, copy)) };
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
        return { ...c, id: `${c.id}-x${copy}`, node: `${c.node}-x${copy}`, repeatOf: c.repeatOf ? `${c.repeatOf}-x${copy}` : undefined, repeatedIndicators: c.repeatedIndicators?.map((id) => `${id}-x${copy}`), indicators: c.indicators?.map((i) => ({ ...i, id: `${i.id}-x${copy}` })) };
      }),
    );
  }
  return { plan: { ...data.plan, id: `${data.plan.id}-x${times}`, title: `${data.plan.title}（${times}倍の合成データ）`, nodes }, projects };
}

export async function benchCases(): Promise<BenchCase[]> {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the bundled seeds do not load');
  const templates = loadTemplates(loaded.dataset.timezone);
  const input = (m: MunicipalityData, data: PlanData): AnnualReportInput => ({
    municipality: m.municipality, progress: planProgress(resolvePlan(data, m.registry), YEAR, m.rubric, () => NO_REQUESTS), edition: loaded.dataset.edition, generatedAt: new Date(), version: 'bench', templates, duplex: true,
  });
  const all = loaded.dataset.municipalities.flatMap((m) => m.plans.map((data) => ({ m, data })));
  const cases = all.map(({ m, data }) => ({ id: data.plan.id, indicators: [...walkIndicators(data)].length, input: input(m, data) }));
  const count = (data: PlanData) => [...walkIndicators(data)].length;
  const largest = [...all].sort((a, b) => count(b.data) - count(a.data))[0]!;
  const scaled = scaledPlan(largest.data, SCALE);
  cases.push({ id: scaled.plan.id, indicators: count(scaled), input: input(largest.m, scaled) });
  return cases;
}
