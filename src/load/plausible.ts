// Pure: whether a returned number is believable for its indicator, judged by the unit and by the
// figures the plan already has (baseline, targets, earlier actuals). A typo usually shows as a
// value of the wrong sign or off by an order of magnitude.
import type { Indicator } from '../model/indicator.ts';

const formatNumber = (n: number) => n.toLocaleString('ja-JP', { maximumFractionDigits: 6 });

/** How far from every known figure a value may be before it looks like a slipped digit. */
const MAGNITUDE = 10;
/** Units that measure a change, where a negative value is normal. */
const CHANGE_UNITS = new Set(['ポイント', 'pt', '%ポイント']);

function references(indicator: Indicator, year: number): number[] {
  const values = [
    indicator.baseline?.value,
    indicator.finalTarget?.value,
    ...[...(indicator.targets ?? new Map())].map(([, t]) => t.value),
    ...[...(indicator.actuals ?? new Map())].filter(([y]) => y !== year).map(([, a]) => a.value),
  ];
  return values.filter((v): v is number => v !== undefined);
}

/** Why `value` is not plausible for the indicator, or undefined when it is. */
export function implausibility(value: number, indicator: Indicator, year: number): string | undefined {
  const refs = references(indicator, year);
  if (refs.length === 0) return undefined;
  const unit = indicator.unit ?? '';
  if (unit === '%' && refs.every((r) => r >= 0 && r <= 100) && (value < 0 || value > 100)) {
    return `${formatNumber(value)}% は 0〜100% の範囲の外です（この指標の基準値・目標値・実績はすべてこの範囲です）`;
  }
  if (value < 0 && !CHANGE_UNITS.has(unit) && refs.every((r) => r >= 0)) {
    return `負の値（${formatNumber(value)}）です。この指標の基準値・目標値・実績はすべて0以上です`;
  }
  const largest = Math.max(...refs.map(Math.abs));
  if (largest > 0 && Math.abs(value) > largest * MAGNITUDE) {
    return `${formatNumber(value)} は、この指標のこれまでの値（最大 ${formatNumber(largest)}）の${MAGNITUDE}倍を超えています。桁の誤りではありませんか`;
  }
  const positives = refs.filter((r) => r > 0);
  const smallest = positives.length > 0 ? Math.min(...positives) : undefined;
  if (smallest !== undefined && value > 0 && value < smallest / MAGNITUDE) {
    return `${formatNumber(value)} は、この指標のこれまでの値（最小 ${formatNumber(smallest)}）の${MAGNITUDE}分の1より小さい値です。桁の誤りではありませんか`;
  }
  return undefined;
}
