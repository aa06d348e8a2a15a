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
function relisted(
  relistedIn: ReadonlyMap<Project, IndicatorRow[]>,
  projects: readonly Project[],
  titleOf: (nodeId: string) => string,
  numberOf: SectionKit['numberOf'],
) {
  return projects.flatMap((project) => {
    const same = relistedIn.get(project) ?? [];
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

/** Who is beneath whom, counted once: asking each node of a 10,000-indicator plan about every row was quadratic. */
function planIndex(progress: PlanProgress) {
  const { data, rows, year } = progress;
  const visits = [...walkNodes(data.plan)];
  const groups = <K, T>(pairs: Iterable<[K, T]>) => {
    const map = new Map<K, T[]>();
    for (const [k, v] of pairs) {
      const group = map.get(k);
      if (group) group.push(v);
      else map.set(k, [v]);
    }
    return map;
  };
  const ownRows = groups(rows.flatMap((r): Array<[string, IndicatorRow]> => (r.nodePath.length > 0 ? [[r.nodePath.at(-1)!, r]] : [])));
  const indicatorsBeneath = new Map<string, number>();
  for (const r of rows) for (const id of r.nodePath) indicatorsBeneath.set(id, (indicatorsBeneath.get(id) ?? 0) + 1);
  const projectsAt = groups(progress.projects.projects.map((p): [string, Project] => [p.node, p]));
  const projectsBeneath = new Map<string, number>();
  const content = new Map<string, boolean>();
  // Children come after their parent in the walk: read it backwards to add each subtree up.
  for (const { node } of [...visits].reverse()) {
    const children = node.children ?? [];
    projectsBeneath.set(node.id, (projectsAt.get(node.id)?.length ?? 0) + children.reduce((n, c) => n + projectsBeneath.get(c.id)!, 0));
    const own = node.description !== undefined || yearDetails(node.details, year).length > 0 || (node.relatedProjects?.length ?? 0) > 0;
    content.set(node.id, own || (indicatorsBeneath.get(node.id) ?? 0) > 0 || projectsBeneath.get(node.id)! > 0 || children.some((c) => content.get(c.id)));
  }
  const relistedIn = groups(rows.flatMap((r) => r.relistedIn.map((p): [Project, IndicatorRow] => [p, r])));
  return { visits, relistedIn, ownRows, indicatorsBeneath, projectsAt, projectsBeneath, hasContent: (node: PlanNode) => content.get(node.id)! };
}

/** `chapters`: only these top-level nodes and what is beneath them (one volume of a large plan). */
export function nodeSections(kit: SectionKit, progress: PlanProgress, chapters?: ReadonlySet<PlanNode>): Block[] {
  const { data, year } = progress;
  const { plan } = data;
  const { visits, relistedIn, ownRows, indicatorsBeneath, projectsAt, projectsBeneath, hasContent } = planIndex(progress);
  const labels = new Map(visits.map((v) => [v.node.id, nodeLabel(plan.levels, v.depth, v.node)]));
  const blocks: Block[] = [];
  let chapter: PlanNode | undefined;
  for (const { node, depth } of visits) {
    if (depth === 0) chapter = node;
    if (chapters && !chapters.has(chapter!)) continue;
    // Top-level nodes are the report's chapters and always print; an empty node below is named by its parent.
    if (depth > 0 && !hasContent(node)) continue;
    const level = headingLevel(depth + 1);
    const inner: HeadingLevel = 5;
    const own = ownRows.get(node.id) ?? [];
    const projects = projectsAt.get(node.id) ?? [];
    const indicators = indicatorsBeneath.get(node.id) ?? 0;
    const projectCount = projectsBeneath.get(node.id)!;
    const counts = [
      indicators > 0 ? `指標は${formatNumber(indicators)}件` : '',
      projectCount > 0 && plan.projectLevel ? `${plan.projectLevel}は${formatNumber(projectCount)}件` : '',
    ]
      .filter(Boolean)
      .join('、');
    const empty = (node.children ?? []).filter((c) => !hasContent(c)).map((c) => labels.get(c.id)!);
    // A node whose only content is one child (政策目標1 > 政策2 > 政策分野9) leaves the counts to it, said once.
    const passThrough =
      own.length === 0 && projects.length === 0 && yearDetails(node.details, year).length === 0 && (node.children ?? []).filter(hasContent).length === 1;
    const extra = {
      node: {
        label: labels.get(node.id)!,
        title: node.title,
        level: plan.levels[depth] ?? '階層',
        childLevel: plan.levels[depth + 1] ?? '階層',
        description: node.description,
      },
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
    const repeats = relisted(relistedIn, projects, (id) => labels.get(id) ?? id, kit.numberOf);
    if (repeats.length > 0) blocks.push(...kit.text('node-relisted', inner, { relisted: repeats }));
    if (projects.length > 0) {
      const pending = resultsPending(progress, projects);
      const sentence = pending && `${collectionSentence(pending, `${formatWarekiFiscalYear(year)}の実施結果（${RESULT_FIELDS}）`)}。`;
      blocks.push(
        ...kit.text('node-projects', inner, { count: projects.length, pending: sentence }),
        ...measureSheets(progress, projects, kit.numberOf, inner, kit.nextId, pending !== undefined),
      );
    }
  }
  return blocks;
}
