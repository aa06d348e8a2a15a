// Numbers, percentages and years the Japanese way; shared by every rendered output.
import { roundedPercent } from '../compute/status.ts';

// Building an Intl.NumberFormat is slow; a report formats thousands of figures.
const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(maxDecimals: number): Intl.NumberFormat {
  let format = formats.get(maxDecimals);
  if (!format) formats.set(maxDecimals, (format = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: maxDecimals })));
  return format;
}

/** 桁区切り; keeps up to 2 decimals, as many as the figure has (1.47, 3,400, 17,098,103). */
export function formatNumber(value: number, maxDecimals = 2): string {
  return numberFormat(Number.isInteger(value) ? 0 : maxDecimals).format(value);
}

/** A value with its unit: 3,400人, 78.2%, 1.47 (unit なし). */
export function formatQuantity(value: number, unit: string | undefined): string {
  return `${formatNumber(value)}${unit && unit !== 'なし' ? unit : ''}`;
}

/** A ratio as a percentage to one decimal, rounded as the status is banded: 0.8235 → 82.4%. */
export function formatPercent(ratio: number): string {
  return `${roundedPercent(ratio).toFixed(1)}%`;
}

/** A signed difference: +200人, −5.7日, ±0. */
export function formatSigned(value: number, unit: string | undefined): string {
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatQuantity(Math.abs(value), unit)}`;
}
