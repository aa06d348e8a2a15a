// 進捗率, gap and pace: how far the indicator has moved from where it started toward the final target.
import { roundTo } from '../model/rounding.ts';
import type { Explained, Sense } from './explained.ts';
import { better, type Anchor } from './target-for-year.ts';

/** 進捗率, or why it is not shown: it measures a way to go, and a target to hold has none. */
export function progressRate(actual: number, start: Anchor, final: number, sense: Sense): { rate: Explained } | { note: string } {
  if (final === start.value) return { note: `最終目標値が${start.label}と同じ（水準を保つ目標）のため、進捗率は示しません` };
  if (!better(sense, final, start.value)) {
    return {
      note: `最終目標値が${start.label}より${sense === 1 ? '低い' : '高い'}（その水準を${sense === 1 ? '下回らない' : '上回らない'}ことを求める目標）ため、進捗率は示しません`,
    };
  }
  // The same quotient holds for both directions: both differences change sign together.
  return {
    rate: {
      value: (actual - start.value) / (final - start.value),
      formula: `（実績値 − ${start.label}）÷（最終目標値 − ${start.label}）`,
      inputs: { 実績値: actual, [start.label]: start.value, 最終目標値: final },
    },
  };
}

/** Signed so that a shortfall is negative for both directions: +ahead, −behind, in the indicator's unit, rounded to `decimals`. */
export function gap(actual: number, target: number, sense: Sense, targetName: string, decimals: number): Explained {
  return {
    value: roundTo(sense * (actual - target), decimals),
    formula: sense === 1 ? `実績値 − ${targetName}` : `${targetName} − 実績値（少ないほど良い指標）`,
    inputs: { 実績値: actual, [targetName]: target },
  };
}

export interface Pace {
  /** Yearly change still needed to reach the final target in the remaining years. */
  needed?: Explained;
  /** Yearly change achieved so far, from the start (or the first actual) to the latest actual. */
  achieved?: Explained;
  /** Whether the pace so far, kept up, reaches the final target. */
  onPace?: boolean;
  note?: string;
}

function roundUpInSize(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.ceil(Number((Math.abs(value) * factor).toPrecision(12)))) / factor;
}

/** Yearly changes rounded to `decimals`: a count needs whole units a year. */
export function pace(
  current: { year: number; value: number },
  start: { year: number; value: number } | undefined,
  final: { year: number; value: number } | undefined,
  sense: Sense,
  decimals: number,
): Pace {
  const achievedExact = start && current.year > start.year ? (current.value - start.value) / (current.year - start.year) : undefined;
  const achieved =
    start && achievedExact !== undefined
      ? {
          value: roundTo(achievedExact, decimals),
          formula: '（最新の実績値 − 起点の値）÷（最新の実績の年度 − 起点の年度）',
          inputs: { 最新の実績値: current.value, 起点の値: start.value, 最新の実績の年度: current.year, 起点の年度: start.year },
        }
      : undefined;
  if (!final) return { achieved, note: '最終目標の年度か値が示されていないため、必要なペースは計算できません' };
  if (final.year <= current.year) return { achieved, note: `最終目標の年度（${final.year}年度）を過ぎています` };
  if (!better(sense, final.value, current.value)) return { achieved, note: '最新の実績値が最終目標値に達しています' };
  const exact = (final.value - current.value) / (final.year - current.year);
  const needed = {
    // Rounded up in size: a third of a 税目 a year still needs one a year, never ±0.
    value: roundUpInSize(exact, decimals),
    formula: '（最終目標値 − 最新の実績値）÷（最終目標年度 − 最新の実績の年度）',
    inputs: { 最終目標値: final.value, 最新の実績値: current.value, 最終目標年度: final.year, 最新の実績の年度: current.year },
  };
  return { needed, achieved, onPace: achievedExact !== undefined ? sense * (achievedExact - exact) >= 0 : undefined };
}
