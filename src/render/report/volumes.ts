// A plan too large for one book is printed in volumes (分冊) of whole chapters. A 10,000-indicator
// plan makes over 3,000 pages: no one binds or reads that as one volume, and pdfmake holds a whole
// document's layout in memory (1.4 GB for that plan), so a volume is also the unit that bounds memory.
import type { PlanProgress } from '../../compute/plan-progress.ts';
import type { PlanNode } from '../../model/plan.ts';
import { walkNodes } from '../../model/walk.ts';

/**
 * What a volume may hold, counted as indicators plus project sheets of the year: about 0.3 pages
 * each in the seed plans, so a volume stays near 300 pages (a binding of about 150 duplex sheets).
 */
export const VOLUME_SIZE = 1000;

/** The plan's chapters (top-level nodes) grouped in order into volumes; one group when the plan fits in one book. */
export function chapterVolumes(progress: PlanProgress, size = VOLUME_SIZE): PlanNode[][] {
  const { plan } = progress.data;
  const chapterOf = new Map<string, string>();
  let chapter = '';
  for (const { node, depth } of walkNodes(plan)) {
    if (depth === 0) chapter = node.id;
    chapterOf.set(node.id, chapter);
  }
  const weight = new Map<string, number>();
  const add = (nodeId: string | undefined) => {
    const id = nodeId && chapterOf.get(nodeId);
    if (id) weight.set(id, (weight.get(id) ?? 0) + 1);
  };
  for (const r of progress.rows) add(r.nodePath[0]);
  for (const p of progress.projects.projects) add(p.node);
  const volumes: PlanNode[][] = [];
  let current: PlanNode[] = [];
  let filled = 0;
  for (const node of plan.nodes) {
    const w = weight.get(node.id) ?? 0;
    // A chapter is never split: one larger than a volume is a volume of its own.
    if (current.length > 0 && filled + w > size) {
      volumes.push(current);
      current = [];
      filled = 0;
    }
    current.push(node);
    filled += w;
  }
  if (current.length > 0 || volumes.length === 0) volumes.push(current);
  return volumes;
}
