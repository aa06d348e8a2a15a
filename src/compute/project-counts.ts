// Implementation-plan tables computed from the rows, never typed in.
import type { Category, Project } from '../model/project.ts';
import type { PlanData } from '../model/walk.ts';

export const COUNT_COLUMNS = ['新規・追加', '拡充', '継続', '完了・統合'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export interface NodeProjectCounts {
  nodeId: string;
  /** Projects carried out in the year (every column but 完了・統合). */
  total: number;
  byColumn: Record<CountColumn, number>;
  /** Last year's total: counted from last year's rows where the data has them, else this year's total less 新規・追加 plus 完了・統合. */
  previousYearTotal: number;
  previousYearSource: 'rows' | 'derived';
  change: number;
}

function column(category: Category): CountColumn | undefined {
  if (category === '新規' || category === '追加') return '新規・追加';
  if (category === '再掲') return undefined;
  return category;
}

/** A 再掲 row counts in the category of the row it repeats. */
function categoryIn(project: Project, year: number, byId: Map<string, Project>): Category | undefined {
  const own = project.categories?.get(year);
  if (own !== '再掲') return own;
  return byId.get(project.repeatOf ?? '')?.categories?.get(year);
}

/** Counts per node of the given level (0 = top), for the projects beneath each node. */
export function projectCounts(data: PlanData, year: number, nodesOf: (project: Project) => string | undefined): NodeProjectCounts[] {
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const groups = new Map<string, Project[]>();
  for (const p of data.projects) {
    const key = nodesOf(p);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].map(([nodeId, projects]) => {
    const byColumn = Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as Record<CountColumn, number>;
    for (const p of projects) {
      const c = categoryIn(p, year, byId);
      if (c) byColumn[column(c)!] += 1;
    }
    const total = byColumn['新規・追加'] + byColumn['拡充'] + byColumn['継続'];
    const lastYearRows = projects.filter((p) => {
      const c = categoryIn(p, year - 1, byId);
      return c !== undefined && c !== '完了・統合';
    }).length;
    const fromRows = projects.some((p) => p.categories?.has(year - 1));
    const previousYearTotal = fromRows ? lastYearRows : total - byColumn['新規・追加'] + byColumn['完了・統合'];
    return { nodeId, total, byColumn, previousYearTotal, previousYearSource: fromRows ? 'rows' : 'derived', change: total - previousYearTotal };
  });
}

/** SDGs goals (1–17) → number of projects carried out in the year with a target under that goal (のべ). */
export function sdgGoalCounts(data: PlanData, year: number): Map<number, number> {
  const counts = new Map<number, number>(Array.from({ length: 17 }, (_, i) => [i + 1, 0]));
  for (const p of data.projects) {
    const category = p.categories?.get(year);
    if (category === undefined || category === '完了・統合') continue;
    for (const goal of new Set((p.sdgs ?? []).map((t) => Number(t.split('.')[0])))) counts.set(goal, counts.get(goal)! + 1);
  }
  return counts;
}
