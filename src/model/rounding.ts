// Rounding to the precision a document prints: half away from zero (四捨五入), never −0.

/** `value` rounded to `decimals` places, half away from zero. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision first, so 1.005 (stored as 1.00499…) rounds as it is written.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Decimals of a number as written: 94.34 → 2, 6351493 → 0. */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (/\.(\d+)e/.exec(text)?.[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}
