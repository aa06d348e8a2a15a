// Numbers, percentages and signed differences the Japanese way; shared by every rendered output.
// Figures arrive already rounded to their document's precision (compute/), so a figure prints with
// exactly the decimals it has. Years are never formatted here: they take no 桁区切り.
import { roundedPercent } from '../compute/status.ts';

// Building an Intl.NumberFormat is slow; a report formats thousands of figures.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return format;
}

/** The most decimals a figure prints with: more would be noise from arithmetic, never data. */
const MAX_DECIMALS = 6;

/** A figure that cannot be printed is a bug upstream: the loader refuses such input. */
function printable(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`印刷できない数値です: ${value}`);
  return value === 0 ? 0 : value;
}

/** A value that rounds to zero prints as 0, never −0. */
const unsigned0 = (text: string) => text.replace(/^-(?=0(\.0+)?$)/, '');

/** 桁区切り, with the decimals the figure has (1.47, 3,400, 17,098,103), or exactly `decimals`. */
export function formatNumber(value: number, decimals?: number): string {
  const v = printable(value);
  return unsigned0(decimals === undefined ? numberFormat(0, MAX_DECIMALS).format(v) : numberFormat(decimals, decimals).format(v));
}

/** A value with its unit: 3,400人, 78.2%, 1.47 (unit なし). */
export function formatQuantity(value: number, unit: string | undefined): string {
  return `${formatNumber(value)}${unit && unit !== 'なし' ? unit : ''}`;
}

/** A ratio as a percentage to one decimal, rounded as the status is banded: 0.8235 → 82.4%. */
export function formatPercent(ratio: number): string {
  return `${formatNumber(roundedPercent(printable(ratio)), 1)}%`;
}

/** A signed difference: +200人, −5.7日, and ±0 for anything that prints as zero. */
export function formatSigned(value: number, unit: string | undefined): string {
  const v = printable(value);
  const size = formatNumber(Math.abs(v));
  if (size === '0') return '±0';
  return `${v > 0 ? '+' : '−'}${size}${unit && unit !== 'なし' ? unit : ''}`;
}
