// Options shared by the commands that work on a fiscal year and a choice of plans.
import { closest } from 'fastest-levenshtein';
import { UsageError } from '../errors.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import type { PlanData } from '../model/walk.ts';

export function requireYear(input: string | undefined): number {
  if (!input) throw new UsageError('--year で年度を指定してください（例: --year 2024）');
  const year = parseFiscalYear(input);
  if (year === undefined) throw new UsageError(`「${input}」は年度として読めません（例: 2024 または 令和6年度）`);
  return year;
}

export interface PlanChoice {
  m: MunicipalityData;
  data: PlanData;
}

/** Every plan, or the one with `planId`; an unknown id is a usage error naming the closest. */
export function selectPlans(municipalities: MunicipalityData[], planId: string | undefined): PlanChoice[] {
  const all = municipalities.flatMap((m) => m.plans.map((data) => ({ m, data })));
  if (planId === undefined) return all;
  const chosen = all.filter((x) => x.data.plan.id === planId);
  if (chosen.length === 0) {
    const ids = all.map((x) => x.data.plan.id);
    throw new UsageError(`計画「${planId}」はありません（もしかして: ${closest(planId, ids)}）。計画ID: ${ids.join('、')}`);
  }
  return chosen;
}
