// Value axes chosen by us, not by Chart.js: its automatic ticks repeat values once rounded
// (1.48, 1.48, 1.47) and step finer than the figures (2.5税目, −0.2件). Ticks here are "nice"
// numbers (1, 2, 2.5, 5 × 10^k) that are whole multiples of the indicator's own precision.

export interface ValueAxis {
  min: number;
  max: number;
  step: number;
  /** Every tick from min to max, exact to `decimals`. */
  ticks: number[];
  /** Decimals every tick label prints with: just enough for the step. */
  decimals: number;
}

const MANTISSAS = [1, 2, 2.5, 5] as const;

/** Decimals of m × 10^k: 2.5 needs one more than 1, 2 and 5. */
const stepDecimals = (m: number, k: number) => Math.max(0, -k + (m === 2.5 ? 1 : 0));

/** Rounds away the float noise of a quotient (1.47 / 0.01 = 146.99999999999997) before floor/ceil. */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * The axis for `values` printed with `decimals` decimals: at most `maxIntervals` steps, with 5% of
 * the range as headroom so no mark sits on the frame, and never below zero when every value is at
 * least zero (a count or an amount against a negative axis reads as if it could be negative).
 */
export function niceValueAxis(values: readonly number[], decimals: number, maxIntervals = 5): ValueAxis {
  if (values.length === 0) values = [0];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const unit = 10 ** -decimals;
  // A flat series still gets a scale around it, at least one unit of its precision each way.
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, unit);
  const from = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const to = hi + pad;

  for (let k = Math.max(-decimals, Math.floor(Math.log10((to - from) / maxIntervals)) - 1); ; k++) {
    for (const m of MANTISSAS) {
      const places = stepDecimals(m, k);
      if (places > decimals) continue;
      const step = m * 10 ** k;
      const first = Math.floor(clean(from / step));
      const last = Math.ceil(clean(to / step));
      if (last - first > maxIntervals) continue;
      const at = (i: number) => Number((i * step).toFixed(places));
      const ticks = Array.from({ length: last - first + 1 }, (_, i) => at(first + i));
      return { min: ticks[0]!, max: ticks.at(-1)!, step: Number(step.toFixed(places)), ticks, decimals: places };
    }
  }
}
