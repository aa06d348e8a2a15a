// 達成率: how far the actual is against the target for the year.
import type { Indicator } from '../model/indicator.ts';
import type { Explained } from './explained.ts';
import { senseOf } from './target-for-year.ts';

export interface Achievement {
  /** Whether the target for the year is met (the comparator for 以上/以下 targets). */
  met: boolean;
  /** The ratio (1 = 100%); absent when no ratio means anything, and `met` decides alone. */
  ratio?: Explained;
  note?: string;
}

function meets(indicator: Indicator, actual: number, target: number): boolean {
  if (indicator.direction === 'maintain' && (indicator.comparator === '一致' || indicator.comparator === undefined)) return actual === target;
  return senseOf(indicator) === 1 ? actual >= target : actual <= target;
}

/**
 * increase: 実績値 ÷ 目標値; decrease: 目標値 ÷ 実績値; maintain: met or not by its comparator,
 * with the same ratio to grade a miss. Where a ratio of the two figures means nothing (zero or
 * negative figures), the change from the baseline is used: (実績値 − 基準値) ÷ (目標値 − 基準値).
 */
export function achievement(indicator: Indicator, actual: number, target: number): Achievement {
  const met = meets(indicator, actual, target);
  if (indicator.direction === 'maintain' && met) {
    return { met, ratio: { value: 1, formula: '目標を満たしているため100%', inputs: { 実績値: actual, 目標値: target } } };
  }
  if (indicator.direction === 'maintain' && indicator.comparator !== '以上' && indicator.comparator !== '以下') {
    const ratio = Math.min(actual, target) / Math.max(actual, target);
    if (actual > 0 && target > 0) return { met, ratio: { value: ratio, formula: '小さい方 ÷ 大きい方（実績値と目標値）', inputs: { 実績値: actual, 目標値: target } } };
  }
  const increase = senseOf(indicator) === 1;
  if (increase && target > 0 && actual >= 0) {
    return { met, ratio: { value: actual / target, formula: '実績値 ÷ 目標値', inputs: { 実績値: actual, 目標値: target } } };
  }
  if (!increase && actual > 0 && target >= 0) {
    return { met, ratio: { value: target / actual, formula: '目標値 ÷ 実績値', inputs: { 目標値: target, 実績値: actual } } };
  }
  if (!increase && actual === 0 && target >= 0) {
    return { met: true, note: '実績値が0のため、目標値を下回って達成しています（比率は計算しません）' };
  }
  const base = indicator.baseline?.value;
  if (base !== undefined && target !== base) {
    return {
      met,
      ratio: {
        value: (actual - base) / (target - base),
        formula: '（実績値 − 基準値）÷（目標値 − 基準値）',
        inputs: { 実績値: actual, 基準値: base, 目標値: target },
        note: '値が0以下のため、基準値からの変化で測っています',
      },
    };
  }
  return { met, note: '値が0以下で基準値もないため、比率は計算せず、目標を満たしたかどうかだけを示します' };
}
