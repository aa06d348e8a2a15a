// Options shared by the commands that work on a fiscal year and a choice of plans.
import { suggestion } from '../suggest.ts';
import { UsageError } from '../errors.ts';
import { planProgress, type PlanProgress } from '../compute/plan-progress.ts';
import type { MunicipalityData, ResolvedPlan } from '../load/dataset.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import type { RequestsOf } from './requests.ts';
import type { Department } from '../model/municipality.ts';
import { departmentFullName } from '../model/department-name.ts';

export function requireYear(input: string | undefined): number {
  if (!input) throw new UsageError('--year で年度を指定してください（例: --year 2024）');
  const year = parseFiscalYear(input);
  if (year === undefined) throw new UsageError(`「${input}」は年度として読めません（例: 2024 または 令和6年度）`);
  return year;
}

export interface PlanChoice {
  m: MunicipalityData;
  data: ResolvedPlan;
}

/** A chosen plan with its figures for the year, computed once for everything that prints them. */
export interface PlanFigures extends PlanChoice {
  progress: PlanProgress;
}

export function figuresOf(choices: readonly PlanChoice[], year: number, requests: RequestsOf): PlanFigures[] {
  return choices.map((c) => ({ ...c, progress: planProgress(c.data, year, c.m.rubric, (y) => requests(c.m, y)) }));
}

/**
 * The plans whose period includes `year` (every one, or the one with `planId`). An unknown id, or a
 * year outside the chosen plan's period, is a usage error that says what would work.
 */
export function selectPlans(municipalities: MunicipalityData[], planId: string | undefined, year: number): PlanChoice[] {
  const all = municipalities.flatMap((m) => m.plans.map((data) => ({ m, data })));
  const inPeriod = (x: PlanChoice) => x.data.plan.period.first <= year && year <= x.data.plan.period.last;
  const span = (x: PlanChoice) => `「${x.data.plan.title}」${x.data.plan.period.first}〜${x.data.plan.period.last}年度`;
  if (planId === undefined) {
    const chosen = all.filter(inPeriod);
    if (chosen.length === 0) throw new UsageError(`${year}年度を計画期間に含む計画がありません（${all.map(span).join('、')}）`);
    return chosen;
  }
  const chosen = all.filter((x) => x.data.plan.id === planId);
  if (chosen.length === 0) {
    const ids = all.map((x) => x.data.plan.id);
    throw new UsageError(`計画「${planId}」はありません${suggestion(planId, ids)}。計画ID: ${ids.join('、')}`);
  }
  if (!chosen.every(inPeriod)) throw new UsageError(`${year}年度は計画${chosen.map(span).join('、')}の期間に含まれません`);
  return chosen;
}

/** What the name could have meant: the departments it is close to, or the ones it names ambiguously. */
export function departmentHint(municipalities: readonly MunicipalityData[], name: string): string {
  const near = municipalities.flatMap((m) => {
    const r = m.registry.resolve(name);
    return r.kind === 'unknown' ? r.closest : r.kind === 'ambiguous' ? r.candidates : [];
  });
  return near.length > 0 ? `（もしかして: ${[...new Set(near.map(departmentFullName))].slice(0, 3).join('、')}）` : '';
}

/** Every department of the municipalities, or the one `name` resolves to (in each city that has it). */
export function chosenDepartments(municipalities: readonly MunicipalityData[], name: string | undefined): Array<{ m: MunicipalityData; d: Department }> {
  const chosen = municipalities.flatMap((m) => {
    const only = name === undefined ? undefined : m.registry.resolve(name);
    return m.municipality.departments.filter((d) => only === undefined || (only.kind === 'found' && only.department === d)).map((d) => ({ m, d }));
  });
  if (name !== undefined && chosen.length === 0) throw new UsageError(`担当課「${name}」は担当課の一覧にありません${departmentHint(municipalities, name)}`);
  return chosen;
}
