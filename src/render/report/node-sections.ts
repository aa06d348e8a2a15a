// One section per node of the plan's hierarchy: a top-level node starts a new page, the nodes
// below it follow as subsections; each lists its own indicators (with charts) and the year's
// projects. A 再掲 project's indicators are the repeated project's: the section points to them.
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import type { Project } from '../../model/project.ts';
import { walkNodes } from '../../model/walk.ts';
import { headingLevel, type Block, type HeadingLevel } from './blocks.ts';
import { projectTable } from './project-table.ts';
import { nodeLabel, type SectionKit } from './section-kit.ts';

/** The 再掲 projects of a node whose indicators are printed with the projects they repeat. */
function relisted(rows: readonly IndicatorRow[], projects: readonly Project[], titleOf: (nodeId: string) => string) {
  return projects.flatMap((project) => {
    const same = rows.filter((r) => r.relistedIn.includes(project));
    const original = same[0]?.scope;
    if (original?.kind !== 'project') return [];
    return [
      {
        project: `${project.number ?? project.id}「${project.name}」`,
        original: `${original.project.number ?? original.project.id}「${original.project.name}」`,
        where: titleOf(original.project.node),
        indicators: same.map((r) => r.indicator.id).join('、'),
      },
    ];
  });
}

export function nodeSections(kit: SectionKit, progress: PlanProgress): Block[] {
  const { data, rows } = progress;
  const { plan } = data;
  const yearProjects = progress.projects.projects;
  const labels = new Map([...walkNodes(plan)].map((v) => [v.node.id, nodeLabel(plan.levels, v.depth, v.node)]));
  const blocks: Block[] = [];
  for (const { node, depth } of walkNodes(plan)) {
    // Headings follow the plan's own depth (four levels in a 政策目標 > 政策 > 政策分野 > 施策 plan);
    // the parts of a node (指標, 指標の推移, 実施計画) share the lowest level so they never look like a node.
    const level = headingLevel(depth + 1);
    const inner: HeadingLevel = 5;
    const own = rows.filter((r) => r.nodePath.at(-1) === node.id);
    const projects = yearProjects.filter((p) => p.node === node.id);
    const below = new Set([...walkNodes({ ...plan, nodes: [node] })].map((v) => v.node.id));
    const extra = {
      node: { label: labels.get(node.id)!, title: node.title, level: plan.levels[depth] ?? '階層', description: node.description },
      // The node with everything beneath it.
      counts: { ...kit.context.counts, indicators: rows.filter((r) => r.nodePath.includes(node.id)).length, projects: yearProjects.filter((p) => below.has(p.node)).length },
    };
    blocks.push(...kit.text('node-section', level, extra, true));
    blocks.push(...kit.indicators(own, inner));
    const repeats = relisted(rows, projects, (id) => labels.get(id) ?? id);
    if (repeats.length > 0) blocks.push(...kit.text('node-relisted', inner, { relisted: repeats }));
    if (projects.length > 0) {
      blocks.push(...kit.text('node-projects', inner, { count: projects.length }), projectTable(projects, progress));
    }
  }
  return blocks;
}
