// How a project is named where its node's heading is not above it (a department's report, the
// 実績照会 workbook): a number that restarts under every node (①, ②…) gets the node's path before
// it, 「1-2 ①」; a number unique in the plan stands alone.
import type { Project } from '../model/project.ts';
import { nodeCodes, type PlanData } from '../model/walk.ts';

const cache = new WeakMap<PlanData, (p: Project) => string>();

export function projectCodes(data: PlanData): (p: Project) => string {
  const known = cache.get(data);
  if (known) return known;
  const numbers = data.projects.flatMap((p) => (p.number === undefined || p.repeatOf !== undefined ? [] : [p.number]));
  const restarts = new Set(numbers).size < numbers.length;
  const codes = nodeCodes(data.plan);
  const code = (p: Project) => {
    const own = p.number ?? p.id;
    const node = codes.get(p.node);
    return restarts && node ? `${node} ${own}` : own;
  };
  cache.set(data, code);
  return code;
}
