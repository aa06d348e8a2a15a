// Numbers, percentages and years the Japanese way; shared by every rendered output.
import { roundedPercent } from '../compute/status.ts';

const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

/** 桁区切り; keeps up to 2 decimals, as many as the figure has (1.47, 3,400, 17,098,103). */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (Number.isInteger(value)) return integer.format(value);
  return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: maxDecimals }).format(value);
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
