// One section per node of the plan's hierarchy: a top-level node starts a new page, the nodes
// below it follow as subsections; each lists its own indicators (with charts) and projects.
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { walkNodes } from '../../model/walk.ts';
import type { Block } from './blocks.ts';
import { projectTable } from './project-table.ts';
import { nodeLabel, type SectionKit } from './section-kit.ts';

export function nodeSections(kit: SectionKit, progress: PlanProgress): Block[] {
  const { data, year, rows } = progress;
  const { plan } = data;
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const blocks: Block[] = [];
  for (const { node, depth } of walkNodes(plan)) {
    const level = Math.min(3, depth + 1) as 1 | 2 | 3;
    const inner = Math.min(3, level + 1) as 1 | 2 | 3;
    const own = rows.filter((r) => r.nodePath.at(-1) === node.id);
    const projects = data.projects.filter((p) => p.node === node.id);
    const below = new Set([...walkNodes({ ...plan, nodes: [node] })].map((v) => v.node.id));
    const extra = {
      node: { label: nodeLabel(plan.levels, depth, node), title: node.title, level: plan.levels[depth] ?? '階層', description: node.description },
      // The node with everything beneath it.
      counts: { ...kit.context.counts, indicators: rows.filter((r) => r.nodePath.includes(node.id)).length, projects: data.projects.filter((p) => below.has(p.node)).length },
    };
    blocks.push(...kit.text('node-section', level, extra));
    blocks.push(...kit.indicators(own, inner));
    if (projects.length > 0) {
      blocks.push(...kit.text('node-projects', inner, { count: projects.length }), projectTable(projects, year, byId));
    }
  }
  return blocks;
}
