import { Indicator } from '../../src/model/indicator.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { indicatorProgress } from '../../src/compute/indicator-progress.ts';

/** An indicator written the way the YAML files write it. */
export function ind(fields: Record<string, unknown>): Indicator {
  return Indicator.parse({ id: 't-1', name: 'テスト指標', unit: '件', direction: 'increase', ...fields });
}

/** Progress of an indicator in a year of a plan that began in 2022, with the default rubric. */
export function progressIn(year: number, fields: Record<string, unknown>) {
  return indicatorProgress(ind(fields), { kind: 'plan' }, year, 2022, DEFAULT_RUBRIC);
}
