// Every indicator of a plan in one fiscal year, with the departments that answer for it.
import type { DepartmentRegistry } from '../model/department-registry.ts';
import { departmentFullName } from '../model/municipality.ts';
import type { Rubric } from '../model/rubric.ts';
import { walkIndicators, walkNodes, type IndicatorScope, type IndicatorVisit, type PlanData } from '../model/walk.ts';
import { indicatorProgress, type IndicatorProgress } from './indicator-progress.ts';

export interface IndicatorRow extends IndicatorProgress {
  /** Canonical names (部＋課) of the departments answering for the indicator; several when shared. */
  departments: string[];
  /** Ids of the hierarchy nodes above the indicator, top first. */
  nodePath: string[];
}

export interface PlanProgress {
  data: PlanData;
  year: number;
  rubric: Rubric;
  rows: IndicatorRow[];
}

function writtenOwners(scope: IndicatorScope, owner: string[] | undefined): string[] {
  if (owner) return owner;
  if (scope.kind !== 'project') return [];
  return scope.part?.departments ?? scope.project.departments;
}

/** Canonical names of the departments answering for an indicator: its own owner, else its project's (or part's). */
export function ownersOf({ indicator, scope }: Pick<IndicatorVisit, 'indicator' | 'scope'>, registry: DepartmentRegistry): string[] {
  const found = registry.resolveAll(writtenOwners(scope, indicator.owner)).flatMap((r) => (r.kind === 'found' ? [departmentFullName(r.department)] : []));
  return [...new Set(found)];
}

/** Ids from the top node down to `nodeId`. */
function pathTo(nodeId: string, parents: Map<string, string | undefined>): string[] {
  const path: string[] = [];
  for (let id: string | undefined = nodeId; id !== undefined; id = parents.get(id)) path.unshift(id);
  return path;
}

export function planProgress(data: PlanData, year: number, rubric: Rubric, registry: DepartmentRegistry): PlanProgress {
  const parents = new Map([...walkNodes(data.plan)].map((v) => [v.node.id, v.parent?.id]));

  const rows = [...walkIndicators(data)].map(({ indicator, scope }): IndicatorRow => {
    const nodeId = scope.kind === 'node' ? scope.node.id : scope.kind === 'project' ? scope.project.node : undefined;
    return {
      ...indicatorProgress(indicator, scope, year, data.plan.period.first, rubric),
      departments: ownersOf({ indicator, scope }, registry),
      nodePath: nodeId ? pathTo(nodeId, parents) : [],
    };
  });
  return { data, year, rubric, rows };
}
