// One section per node of the plan's hierarchy: a top-level node starts a new page, the nodes
// below it follow as subsections; each prints its own indicators (with the 検証 under each row and
// charts), the document's narrative for the node (取組状況, 課題認識, 最終評価 …, in its own labels
// and order), related projects of other fields, and a sheet per project of the year. A node with
// nothing of its own or beneath it (not even a description) gets no section: its parent names it in a list.
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import type { PlanNode } from '../../model/plan.ts';
import type { Project } from '../../model/project.ts';
import { walkNodes } from '../../model/walk.ts';
import { formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { collectionSentence } from '../collection-text.ts';
import { formatNumber } from '../format-ja.ts';
import { cell, headingLevel, type Block, type HeadingLevel } from './blocks.ts';
import { detailBlocks, yearDetails } from './details.ts';
import { measureSheets, RESULT_FIELDS, resultsPending } from './measure-sheet.ts';
import { nodeLabel, type SectionKit } from './section-kit.ts';

/** The 再掲 projects of a node whose indicators are printed with the projects they repeat. */
function relisted(rows: readonly IndicatorRow[], projects: readonly Project[], titleOf: (nodeId: string) => string, numberOf: SectionKit['numberOf']) {
  return projects.flatMap((project) => {
    const same = rows.filter((r) => r.relistedIn.includes(project));
    const original = same[0]?.scope;
    if (original?.kind !== 'project') return [];
    return [
      {
        project: `${project.number ?? ''}「${project.name}」`,
        original: `${original.project.number ?? ''}「${original.project.name}」`,
        where: titleOf(original.project.node),
        indicators: same.map((r) => `No.${numberOf(r)}`).join('、'),
      },
    ];
  });
}

export function nodeSections(kit: SectionKit, progress: PlanProgress): Block[] {
  const { data, rows, year } = progress;
  const { plan } = data;
  const yearProjects = progress.projects.projects;
  const visits = [...walkNodes(plan)];
  const labels = new Map(visits.map((v) => [v.node.id, nodeLabel(plan.levels, v.depth, v.node)]));
  const beneath = (node: PlanNode) => new Set([...walkNodes({ ...plan, nodes: [node] })].map((v) => v.node.id));
  // Whether a node, or anything beneath it, has something to print for the year.
  const hasContent = (node: PlanNode) => {
    const ids = beneath(node);
    return rows.some((r) => r.nodePath.includes(node.id)) || yearProjects.some((p) => ids.has(p.node)) || visits.some((v) => ids.has(v.node.id) && (v.node.description !== undefined || yearDetails(v.node.details, year).length > 0 || (v.node.relatedProjects?.length ?? 0) > 0));
  };
  const blocks: Block[] = [];
  for (const { node, depth } of visits) {
    // Top-level nodes are the report's chapters and always print; an empty node below is named by its parent.
    if (depth > 0 && !hasContent(node)) continue;
    const level = headingLevel(depth + 1);
    const inner: HeadingLevel = 5;
    const own = rows.filter((r) => r.nodePath.at(-1) === node.id);
    const projects = yearProjects.filter((p) => p.node === node.id);
    const ids = beneath(node);
    const indicators = rows.filter((r) => r.nodePath.includes(node.id)).length;
    const projectCount = yearProjects.filter((p) => ids.has(p.node)).length;
    const counts = [indicators > 0 ? `指標は${formatNumber(indicators)}件` : '', projectCount > 0 && plan.projectLevel ? `${plan.projectLevel}は${formatNumber(projectCount)}件` : ''].filter(Boolean).join('、');
    const empty = (node.children ?? []).filter((c) => !hasContent(c)).map((c) => labels.get(c.id)!);
    // A node whose only content is one child (政策目標1 > 政策2 > 政策分野9) leaves the counts to it, said once.
    const passThrough = own.length === 0 && projects.length === 0 && yearDetails(node.details, year).length === 0 && (node.children ?? []).filter(hasContent).length === 1;
    const extra = {
      node: { label: labels.get(node.id)!, title: node.title, level: plan.levels[depth] ?? '階層', childLevel: plan.levels[depth + 1] ?? '階層', description: node.description },
      // The node with everything beneath it, zeros left unsaid.
      countsText: passThrough ? '' : counts,
      emptyChildren: empty,
    };
    blocks.push(...kit.text('node-section', level, extra, true));
    blocks.push(...kit.indicators(own, inner));
    blocks.push(...detailBlocks(yearDetails(node.details, year), inner, kit.nextId));
    if (node.relatedProjects?.length) {
      blocks.push(...kit.text('node-related', inner, { count: node.relatedProjects.length }), {
        kind: 'table',
        columns: [{ header: '政策分野' }, { header: '名称', prose: true }, { header: '担当課' }],
        rows: node.relatedProjects.map((p) => [cell(p.field ?? '—'), cell(p.name), cell(p.department ?? '—')]),
      });
    }
    const repeats = relisted(rows, projects, (id) => labels.get(id) ?? id, kit.numberOf);
    if (repeats.length > 0) blocks.push(...kit.text('node-relisted', inner, { relisted: repeats }));
    if (projects.length > 0) {
      const pending = resultsPending(progress, projects);
      const sentence = pending && `${collectionSentence(pending, `${formatWarekiFiscalYear(year)}の実施結果（${RESULT_FIELDS}）`)}。`;
      blocks.push(...kit.text('node-projects', inner, { count: projects.length, pending: sentence }), ...measureSheets(progress, projects, kit.numberOf, inner, kit.nextId, pending !== undefined));
    }
  }
  return blocks;
}
