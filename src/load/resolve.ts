// Pure: the validated data with what later stages would otherwise work out again at every call
// site. Defaults are filled in, department names resolved to the registry's canonical form, each
// indicator listed once with its owners, place in the hierarchy and printing precision, and the
// links between indicators (再掲 rows, the same figure in another plan) made both ways.
import { indicatorDecimals } from '../model/precision.ts';
import type { Municipality } from '../model/municipality.ts';
import { departmentFullName } from '../model/department-name.ts';
import type { DepartmentRegistry } from '../model/department-registry.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Project } from '../model/project.ts';
import type { Rubric } from '../model/rubric.ts';
import type { Settings } from '../model/settings.ts';
import { walkIndicators, walkNodes, type IndicatorScope, type PlanData } from '../model/walk.ts';
import type { MunicipalityData, PlanIndicator, ResolvedPlan, SameMeasureRef } from './dataset.ts';

function writtenOwners(scope: IndicatorScope, owner: string[] | undefined): string[] {
  if (owner) return owner;
  if (scope.kind !== 'project') return [];
  return scope.part?.departments ?? scope.project.departments;
}

function canonical(registry: DepartmentRegistry, written: readonly string[]): string[] {
  const found = registry.resolveAll(written).flatMap((r) => (r.kind === 'found' ? [departmentFullName(r.department)] : []));
  return [...new Set(found)];
}

/** Ids from the top node down to `nodeId`. */
function pathTo(nodeId: string, parents: Map<string, string | undefined>): string[] {
  const path: string[] = [];
  for (let id: string | undefined = nodeId; id !== undefined; id = parents.get(id)) path.unshift(id);
  return path;
}

/** An indicator of a plan with what resolving gives it; the links between indicators are added by the plan and municipality. */
export function planIndicator(indicator: Indicator, scope: IndicatorScope, nodePath: string[], departments: string[]): PlanIndicator {
  return { indicator, scope, nodePath, departments, decimals: indicatorDecimals(indicator), relistedIn: [], sameMeasure: [] };
}

/** One plan resolved on its own; links to other plans are made by resolveMunicipality. */
export function resolvePlan(data: PlanData, registry: DepartmentRegistry): ResolvedPlan {
  const parents = new Map([...walkNodes(data.plan)].map((v) => [v.node.id, v.parent?.id]));
  const indicators = [...walkIndicators(data)].map(({ indicator, scope }) => {
    const nodeId = scope.kind === 'node' ? scope.node.id : scope.kind === 'project' ? scope.project.node : undefined;
    return planIndicator(indicator, scope, nodeId ? pathTo(nodeId, parents) : [], canonical(registry, writtenOwners(scope, indicator.owner)));
  });
  const byId = new Map(indicators.map((i) => [i.indicator.id, i]));
  for (const project of data.projects) {
    for (const id of project.repeatedIndicators ?? []) byId.get(id)!.relistedIn.push(project);
  }
  const projectDepartments = new Map<Project, string[]>(
    data.projects.map((p) => [p, canonical(registry, [...p.departments, ...(p.parts ?? []).flatMap((part) => part.departments ?? [])])]),
  );
  return { ...data, indicators, projectDepartments };
}

/** Links each `sameMeasureAs` both ways, so each side's report names the other. */
function linkSameMeasures(plans: ResolvedPlan[]): void {
  const find = (planId: string, indicatorId: string) => {
    const plan = plans.find((p) => p.plan.id === planId);
    return plan ? { plan, indicator: plan.indicators.find((i) => i.indicator.id === indicatorId)! } : undefined;
  };
  const ref = (plan: ResolvedPlan, i: PlanIndicator): SameMeasureRef => ({
    planId: plan.plan.id,
    planTitle: plan.plan.title,
    indicatorId: i.indicator.id,
    indicatorName: i.indicator.name,
  });
  // Either side may declare the link, or both: each reference is kept once.
  const link1 = (i: PlanIndicator, r: SameMeasureRef) => {
    if (!i.sameMeasure.some((s) => s.planId === r.planId && s.indicatorId === r.indicatorId)) i.sameMeasure.push(r);
  };
  for (const plan of plans) {
    for (const i of plan.indicators) {
      const link = i.indicator.sameMeasureAs;
      const other = link && find(link.plan, link.indicator);
      if (!other) continue;
      link1(i, ref(other.plan, other.indicator));
      link1(other.indicator, ref(plan, i));
    }
  }
}

/** One municipality's validated plans, resolved (the cross-checks have already passed). */
export function resolveMunicipality(
  municipality: Municipality,
  registry: DepartmentRegistry,
  rubric: Rubric,
  plans: PlanData[],
  settings: Settings,
): MunicipalityData {
  const own = settings.municipalities[municipality.id];
  const resolved = plans.map((p) => ({ ...resolvePlan(p, registry), contact: own?.plans?.[p.plan.id]?.contact ?? own?.contact }));
  linkSameMeasures(resolved);
  return {
    municipality,
    registry,
    rubric,
    actualsDue: own?.actualsDue,
    contact: own?.contact,
    plans: resolved,
  };
}
