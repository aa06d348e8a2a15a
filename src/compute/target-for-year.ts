import type { Indicator } from '../model/indicator.ts';
import type { Sense } from './explained.ts';

export type TargetForYear =
  | { kind: 'stated'; value: number; text?: string }
  /** The final target's year has passed: the final target still applies. */
  | { kind: 'final-passed'; value: number; finalYear: number }
  /** On the straight line between two known points. */
  | { kind: 'interpolated'; value: number; formula: string; inputs: Record<string, number> }
  | { kind: 'none'; reason: string };

export interface FinalTargetValue {
  value: number;
  fiscalYear?: number;
  /** How the value was found: stated, or baseline + change (「最大4ポイント改善」). */
  derivation: 'stated' | 'change';
}

/** The final target as a number: stated, or the baseline moved by the stated change. */
export function finalTargetValue(indicator: Indicator): FinalTargetValue | undefined {
  const final = indicator.finalTarget;
  if (!final) return undefined;
  if (final.value !== undefined) return { value: final.value, fiscalYear: final.fiscalYear, derivation: 'stated' };
  const base = indicator.baseline?.value;
  if (final.change !== undefined && base !== undefined) {
    return { value: base + final.change, fiscalYear: final.fiscalYear, derivation: 'change' };
  }
  return undefined;
}

interface Anchor {
  year: number;
  value: number;
  label: string;
}

/**
 * The target for fiscal year `year`: stated for that year, the final target once its year has
 * passed, or interpolated on the straight line between the nearest known points around it.
 * A 累計 indicator counts from zero in the year before the plan began, not from its baseline.
 */
export function targetForYear(indicator: Indicator, year: number, planFirstYear: number): TargetForYear {
  const stated = indicator.targets?.get(year);
  const base = indicator.baseline;
  if (stated?.value !== undefined) return { kind: 'stated', value: stated.value, text: stated.text };
  if (stated?.change !== undefined && base?.value !== undefined) {
    return { kind: 'stated', value: base.value + stated.change, text: stated.text };
  }
  const final = finalTargetValue(indicator);
  if (final && final.fiscalYear === year) return { kind: 'stated', value: final.value, text: indicator.finalTarget?.text };
  if (final?.fiscalYear !== undefined && final.fiscalYear < year) {
    return { kind: 'final-passed', value: final.value, finalYear: final.fiscalYear };
  }

  const anchors: Anchor[] = [];
  for (const [y, t] of indicator.targets ?? []) if (t.value !== undefined) anchors.push({ year: y, value: t.value, label: `${y}年度目標` });
  if (final?.fiscalYear !== undefined) anchors.push({ year: final.fiscalYear, value: final.value, label: '最終目標' });
  if (indicator.accumulation === '累計') {
    anchors.push({ year: planFirstYear - 1, value: 0, label: '計画開始前の累計' });
  } else if (base?.value !== undefined && base.fiscalYear !== undefined) {
    anchors.push({ year: base.fiscalYear, value: base.value, label: '基準値' });
  }
  const before = anchors.filter((a) => a.year < year).sort((a, b) => b.year - a.year)[0];
  const after = anchors.filter((a) => a.year > year).sort((a, b) => a.year - b.year)[0];
  if (!before || !after) {
    return { kind: 'none', reason: anchors.length === 0 ? '目標値が示されていません' : `${year}年度の目標値は示されておらず、前後の値から求めることもできません` };
  }
  const value = before.value + ((after.value - before.value) * (year - before.year)) / (after.year - before.year);
  return {
    kind: 'interpolated',
    value,
    formula: `${before.label} ＋（${after.label} − ${before.label}）×（${year} − ${before.year}）÷（${after.year} − ${before.year}）`,
    inputs: { [before.label]: before.value, [after.label]: after.value, 始点年度: before.year, 終点年度: after.year },
  };
}

/** Which way is better for the indicator's figures. Maintain reads its comparator; without one, more is better. */
export function senseOf(indicator: Indicator): Sense {
  if (indicator.direction === 'decrease') return -1;
  if (indicator.direction === 'maintain' && indicator.comparator === '以下') return -1;
  return 1;
}
