import { NO_REQUESTS } from '../helpers/requests.ts';
import { indicatorProgress } from '../../src/compute/indicator-progress.ts';
import { planIndicator } from '../../src/load/resolve.ts';
import { Indicator } from '../../src/model/indicator.ts';
import { DEFAULT_RUBRIC, type Rubric } from '../../src/model/rubric.ts';

/** An indicator written the way the YAML files write it. */
export function ind(fields: Record<string, unknown>): Indicator {
  return Indicator.parse({ id: 't-1', name: 'テスト指標', unit: '件', direction: 'increase', ...fields });
}

/** Progress of a plan-level indicator in a year, with the default rubric unless another is given. */
export function progressIn(year: number, fields: Record<string, unknown>, rubric: Rubric = DEFAULT_RUBRIC) {
  return indicatorProgress(planIndicator(ind(fields), { kind: 'plan' }, [], []), year, rubric, NO_REQUESTS);
}
