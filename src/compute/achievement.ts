// 達成率: how far the actual is against what the year is measured against (a target or a 目安).
import type { Indicator } from '../model/indicator.ts';
import type { Explained } from './explained.ts';
import { senseOf } from './target-for-year.ts';

export interface Achievement {
  /** Whether the target (or 目安) is met: by its comparator for 以上・以下・以内, else by the indicator's direction. */
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
 * with the same ratio to grade a miss. Where a ratio of the two figures means nothing (a target or
 * baseline at or below zero), the change from the baseline is used: (実績値 − 基準値) ÷ (目標値 − 基準値).
 * The formula is chosen by the target and baseline alone, never by the actual, so a better actual
 * never prints a lower figure. `name` is what the target is called: 目標値, or 目安 when derived.
 */
export function achievement(indicator: Indicator, actual: number, target: number, name: '目標値' | '目安' = '目標値'): Achievement {
  const met = meets(indicator, actual, target);
  const inputs = { 実績値: actual, [name]: target };
  if (indicator.direction === 'maintain' && met) {
    return { met, ratio: { value: 1, formula: '目標を満たしているため100%', inputs } };
  }
  const base = indicator.baseline?.value;
  const positive = target >= 0 && (base === undefined || base >= 0);
  if (
    indicator.direction === 'maintain' &&
    indicator.comparator !== '以上' &&
    indicator.comparator !== '以下' &&
    indicator.comparator !== '以内' &&
    positive &&
    target > 0
  ) {
    // An exact target missed on either side: the nearer, the higher.
    const ratio = actual > 0 ? Math.min(actual, target) / Math.max(actual, target) : 0;
    return { met, ratio: { value: ratio, formula: `小さい方 ÷ 大きい方（実績値と${name}）`, inputs } };
  }
  const increase = senseOf(indicator) === 1;
  if (increase && positive && target > 0) {
    return { met, ratio: { value: actual / target, formula: `実績値 ÷ ${name}`, inputs } };
  }
  if (!increase && positive) {
    if (actual > 0) return { met, ratio: { value: target / actual, formula: `${name} ÷ 実績値`, inputs: { [name]: target, 実績値: actual } } };
    return { met: true, note: `実績値が0以下のため、${name}を下回って達成しています（比率は計算しません）` };
  }
  // Measured from the baseline only toward a target better than it: from a floor below the baseline the quotient runs backwards.
  if (base !== undefined && target !== base && senseOf(indicator) * (target - base) > 0) {
    return {
      met,
      ratio: {
        value: (actual - base) / (target - base),
        formula: `（実績値 − 基準値）÷（${name} − 基準値）`,
        inputs: { 実績値: actual, 基準値: base, [name]: target },
        note: `${name}か基準値が0以下のため、基準値からの変化で測っています`,
      },
    };
  }
  return { met, note: `${name}か基準値が0以下で比率が意味を持たないため、比率は計算せず、目標を満たしたかどうかだけを示します` };
}
