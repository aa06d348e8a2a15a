// 進捗率: how far the indicator has moved from its baseline toward the final target.
import type { Explained, Sense } from './explained.ts';

export function progressRate(actual: number, baseline: number, final: number, sense: Sense): Explained {
  const inputs = { 実績値: actual, 基準値: baseline, 最終目標値: final };
  if (final === baseline) {
    const met = sense * (actual - final) >= 0;
    return { value: met ? 1 : 0, formula: '基準値と最終目標値が同じため、最終目標値を満たせば100%、満たさなければ0%', inputs };
  }
  // The same quotient holds for both directions: both differences change sign together.
  return { value: (actual - baseline) / (final - baseline), formula: '（実績値 − 基準値）÷（最終目標値 − 基準値）', inputs };
}

/** Signed so that a shortfall is negative for both directions: +ahead, −behind, in the indicator's unit. */
export function gap(actual: number, target: number, sense: Sense, targetName: string): Explained {
  return {
    value: sense * (actual - target),
    formula: sense === 1 ? `実績値 − ${targetName}` : `${targetName} − 実績値（少ないほど良い指標）`,
    inputs: { 実績値: actual, [targetName]: target },
  };
}

export interface Pace {
  /** Yearly change still needed to reach the final target in the remaining years. */
  needed?: Explained;
  /** Yearly change achieved so far, from the baseline (or the first actual) to the latest actual. */
  achieved?: Explained;
  /** Whether the pace so far, kept up, reaches the final target. */
  onPace?: boolean;
  note?: string;
}

export function pace(
  current: { year: number; value: number },
  start: { year: number; value: number } | undefined,
  final: { year: number; value: number } | undefined,
  sense: Sense,
): Pace {
  const achieved =
    start && current.year > start.year
      ? {
          value: (current.value - start.value) / (current.year - start.year),
          formula: '（最新の実績値 − 起点の値）÷（最新の実績の年度 − 起点の年度）',
          inputs: { 最新の実績値: current.value, 起点の値: start.value, 最新の実績の年度: current.year, 起点の年度: start.year },
        }
      : undefined;
  if (!final) return { achieved, note: '最終目標の年度か値が示されていないため、必要なペースは計算できません' };
  if (final.year <= current.year) return { achieved, note: `最終目標の年度（${final.year}年度）を過ぎています` };
  const needed = {
    value: (final.value - current.value) / (final.year - current.year),
    formula: '（最終目標値 − 最新の実績値）÷（最終目標年度 − 最新の実績の年度）',
    inputs: { 最終目標値: final.value, 最新の実績値: current.value, 最終目標年度: final.year, 最新の実績の年度: current.year },
  };
  return { needed, achieved, onPace: achieved ? sense * (achieved.value - needed.value) >= 0 : undefined };
}
