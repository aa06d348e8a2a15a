// Forecast: where the trend of the figures so far reaches in the final year.
import type { Sense } from './explained.ts';

export interface Forecast {
  method: '最小二乗法による直線' | '2点を結ぶ直線';
  /** The points the trend was drawn through (baseline included). */
  points: Array<{ year: number; value: number }>;
  finalYear: number;
  value: number;
  /** Whether the forecast reaches the final target. */
  meetsFinal: boolean;
  slope: number;
}

/** Least squares needs at least three points to be more than a line through two. */
const LEAST_SQUARES_MIN_POINTS = 3;

export function forecast(points: Array<{ year: number; value: number }>, final: { year: number; value: number }, sense: Sense): Forecast | undefined {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const years = new Set(sorted.map((p) => p.year));
  if (years.size < 2) return undefined;
  let slope: number;
  let intercept: number;
  let method: Forecast['method'];
  if (sorted.length >= LEAST_SQUARES_MIN_POINTS) {
    const n = sorted.length;
    const mx = sorted.reduce((s, p) => s + p.year, 0) / n;
    const my = sorted.reduce((s, p) => s + p.value, 0) / n;
    const sxy = sorted.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
    const sxx = sorted.reduce((s, p) => s + (p.year - mx) ** 2, 0);
    slope = sxy / sxx;
    intercept = my - slope * mx;
    method = '最小二乗法による直線';
  } else {
    const [a, b] = sorted as [{ year: number; value: number }, { year: number; value: number }];
    slope = (b.value - a.value) / (b.year - a.year);
    intercept = a.value - slope * a.year;
    method = '2点を結ぶ直線';
  }
  const value = intercept + slope * final.year;
  return { method, points: sorted, finalYear: final.year, value, meetsFinal: sense * (value - final.value) >= 0, slope };
}
