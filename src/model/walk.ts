import type { Indicator } from './indicator.ts';
import type { Plan, PlanNode } from './plan.ts';
import type { Project, ProjectPart } from './project.ts';

/** A validated plan with its projects: what every later stage works on. */
export interface PlanData {
  plan: Plan;
  projects: Project[];
}

export type Path = (string | number)[];

export interface NodeVisit {
  node: PlanNode;
  /** 0 for the top level; levels[depth] names it. */
  depth: number;
  parent?: PlanNode;
  /** Path inside the plan file. */
  path: Path;
}

export function* walkNodes(plan: Plan): Generator<NodeVisit> {
  function* visit(nodes: PlanNode[], depth: number, parent: PlanNode | undefined, path: Path): Generator<NodeVisit> {
    for (const [i, node] of nodes.entries()) {
      const here = [...path, i];
      yield { node, depth, parent, path: here };
      yield* visit(node.children ?? [], depth + 1, node, [...here, 'children']);
    }
  }
  yield* visit(plan.nodes, 0, undefined, ['nodes']);
}

export type IndicatorScope = { kind: 'plan' } | { kind: 'node'; node: PlanNode } | { kind: 'project'; project: Project; part?: ProjectPart };

export interface IndicatorVisit {
  indicator: Indicator;
  scope: IndicatorScope;
  /** For plan and node scope: path in the plan file; for project scope: path inside the project. */
  path: Path;
}

export function* walkPlanIndicators(plan: Plan): Generator<IndicatorVisit> {
  for (const [i, indicator] of (plan.indicators ?? []).entries()) {
    yield { indicator, scope: { kind: 'plan' }, path: ['indicators', i] };
  }
  for (const { node, path } of walkNodes(plan)) {
    for (const [i, indicator] of (node.indicators ?? []).entries()) {
      yield { indicator, scope: { kind: 'node', node }, path: [...path, 'indicators', i] };
    }
  }
}

export function* walkProjectIndicators(project: Project): Generator<IndicatorVisit> {
  for (const [i, indicator] of (project.indicators ?? []).entries()) {
    yield { indicator, scope: { kind: 'project', project }, path: ['indicators', i] };
  }
  for (const [p, part] of (project.parts ?? []).entries()) {
    for (const [i, indicator] of (part.indicators ?? []).entries()) {
      yield { indicator, scope: { kind: 'project', project, part }, path: ['parts', p, 'indicators', i] };
    }
  }
}

export function* walkIndicators(data: PlanData): Generator<IndicatorVisit> {
  yield* walkPlanIndicators(data.plan);
  for (const project of data.projects) yield* walkProjectIndicators(project);
}

export function indicatorsById(data: PlanData): Map<string, Indicator> {
  return new Map([...walkIndicators(data)].map((v) => [v.indicator.id, v.indicator]));
}

/** Node id → title, in the plan's own order. */
export function nodeTitles(plan: Plan): Map<string, string> {
  return new Map([...walkNodes(plan)].map((v) => [v.node.id, v.node.title]));
}

/**
 * Each node's place as the numbers of its path, 「2-1-3」: printed before a number that restarts
 * under every node (①, ②…), it tells two ① apart. Unnumbered levels are skipped.
 */
export function nodeCodes(plan: Plan): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { node, parent } of walkNodes(plan)) {
    const above = parent ? codes.get(parent.id) : undefined;
    codes.set(node.id, [above, node.number].filter((x) => x !== undefined && x !== '').join('-'));
  }
  return codes;
}
