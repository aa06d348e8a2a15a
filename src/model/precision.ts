// The precision a document prints an indicator's figures with: every figure derived from them is
// rounded to it, so nothing printed has more digits than the plan itself uses.
import type { Indicator } from './indicator.ts';
import { decimalsOf } from './rounding.ts';

/** Units of things counted one by one: a figure derived for them is a whole number. */
const COUNT_UNITS = new Set([
  '件',
  '人',
  '名',
  '回',
  '校',
  '施設',
  '館',
  'か所',
  'ヶ所',
  'カ所',
  '箇所',
  '団体',
  '事業',
  'クラス',
  '試合',
  '種目',
  '税目',
  '橋',
  '手続き',
  '台',
  '協定',
  'クラブ',
  '社',
  '世帯',
  '店',
  '店舗',
  '者',
  '戸',
  '棟',
  '園',
  '組',
  '地区',
  '本',
  '冊',
  '枚',
  '部',
  '講座',
]);

/** Decimals of `value` as the text prints it (「90.40%」 → 2), so trailing zeros count; other figures in the text are not it. */
function decimalsInText(text: string | undefined, value: number | undefined): number {
  const tokens = (text ?? '').normalize('NFKC').match(/\d[\d,]*\.\d+/g) ?? [];
  const same = tokens.filter((t) => Number(t.replaceAll(',', '')) === value);
  return Math.max(0, ...same.map((t) => t.split('.')[1]!.length));
}

/**
 * The precision the document uses for an indicator's own figures (baseline and targets): a value
 * derived from them is rounded to it. Counts are whole numbers whatever the document prints.
 */
export function indicatorDecimals(indicator: Indicator): number {
  if (COUNT_UNITS.has(indicator.unit?.normalize('NFKC') ?? '')) return 0;
  const figures = [indicator.baseline, indicator.finalTarget, ...(indicator.targets?.values() ?? [])].filter((f) => f !== undefined);
  return Math.max(
    0,
    ...figures.flatMap((f) => [f.value, 'change' in f ? f.change : undefined].filter((v) => v !== undefined).map(decimalsOf)),
    ...figures.map((f) => decimalsInText(f.text, f.value)),
  );
}
