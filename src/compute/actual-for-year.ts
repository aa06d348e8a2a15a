import type { Actual, Indicator } from '../model/indicator.ts';

export type ActualForYear =
  | { reported: true; year: number; actual: Actual }
  /** 未報告 for the year, with the latest earlier actual when there is one. */
  | { reported: false; year: number; latest?: { year: number; actual: Actual } };

export function actualForYear(indicator: Indicator, year: number): ActualForYear {
  const actual = indicator.actuals?.get(year);
  if (actual) return { reported: true, year, actual };
  const earlier = [...(indicator.actuals ?? [])].filter(([y]) => y < year).sort(([a], [b]) => b - a)[0];
  return { reported: false, year, latest: earlier ? { year: earlier[0], actual: earlier[1] } : undefined };
}

/** The newest numeric actual up to `year`: the year itself, else the latest before it. */
export function latestNumericActual(indicator: Indicator, year: number): { year: number; value: number } | undefined {
  const found = [...(indicator.actuals ?? [])].filter(([y, a]) => y <= year && a.value !== undefined).sort(([a], [b]) => b - a)[0];
  return found ? { year: found[0], value: found[1].value! } : undefined;
}
