// The fiscal-year axis of an indicator chart. Every label is upright (Japanese reads badly rotated)
// and none may touch the next: 「R6」 over 「2024」 while those fit, otherwise 和暦 alone with 西暦
// in the axis title, and when even those do not fit, only every k-th year, always keeping the
// report year, the first and the last.
import { ERAS, toWareki } from '../../model/fiscal-year.ts';
import type { Measure } from './chart-text.ts';

/** Clear space between two neighbouring labels, in points. */
export const LABEL_GAP = 4;

/** 「R6」, 「R元」, 「H28」. */
export function warekiShort(year: number): string {
  const w = toWareki(year);
  return `${ERAS.find((e) => e.name === w.era)!.short}${w.year === 1 ? '元' : w.year}`;
}

/**
 * The title that gives the 西暦 of the 和暦 labels: 「年度（R6＝2024年度）」 by the report year, and
 * one more anchor per earlier era on the axis (its last year there), so H28 can be read as well.
 */
export function yearAxisTitle(years: readonly number[], reportYear: number): string {
  const anchors = new Map<string, number>();
  for (const y of years) anchors.set(toWareki(y).era, y);
  const reportEra = toWareki(reportYear).era;
  if (years.includes(reportYear)) anchors.set(reportEra, reportYear);
  const list = [...anchors.values()].sort((a, b) => a - b);
  return `年度（${list.map((y) => `${warekiShort(y)}＝${y}年度`).join('、')}）`;
}

/** Whether labels of the given widths, centred `spacing` apart, all clear each other. */
export function labelsFit(widths: readonly number[], spacing: number): boolean {
  return widths.every((w, i) => i === 0 || spacing >= (w + widths[i - 1]!) / 2 + LABEL_GAP);
}

/** Where a label sits: centred on its year, or (first and last year only) beside it, toward the outside. */
export type Placement = 'hidden' | 'centre' | 'left' | 'right';

/**
 * Which labels to print when not all fit. The report year, the first and the last come first (in
 * that order of priority), then every k-th year counted from the report year, for the smallest k
 * whose labels clear each other; one that would touch a label already kept is left out. The first
 * and the last year may instead sit beside their year, outward, as an axis end's label often does:
 * at 16 years in a 240 pt chart, 「R6」 and 「R7」 are 12 pt apart and 12 pt wide each.
 */
export function placeYearLabels(widths: readonly number[], spacing: number, reportIndex: number): Placement[] {
  const n = widths.length;
  const placed = new Array<Placement>(n).fill('hidden');
  const span = (i: number, p: Placement): [number, number] => {
    const centre = i * spacing + (p === 'left' ? -widths[i]! / 2 : p === 'right' ? widths[i]! / 2 : 0);
    return [centre - widths[i]! / 2, centre + widths[i]! / 2];
  };
  const clears = (i: number, p: Placement) => {
    const [a, b] = span(i, p);
    return placed.every((q, j) => q === 'hidden' || b + LABEL_GAP <= span(j, q)[0] || span(j, q)[1] + LABEL_GAP <= a);
  };
  const keep = (i: number) => {
    if (i < 0 || i >= n || placed[i] !== 'hidden') return;
    const outward: Placement | undefined = n > 1 && i === 0 ? 'left' : n > 1 && i === n - 1 ? 'right' : undefined;
    if (clears(i, 'centre')) placed[i] = 'centre';
    else if (outward && clears(i, outward)) placed[i] = outward;
  };
  const widest = Math.max(...widths);
  const k = Math.max(1, Math.ceil((widest + LABEL_GAP) / Math.max(spacing, 1e-6)));
  const anchor = reportIndex >= 0 && reportIndex < n ? reportIndex : n - 1;
  keep(anchor);
  keep(0);
  keep(n - 1);
  for (let i = anchor % k; i < n; i += k) keep(i);
  return placed;
}

export interface YearAxisPlan {
  /** Two lines (和暦 over 西暦) under every year, or 和暦 alone with the title. */
  twoLine: boolean;
  title?: string;
}

/** Two-line labels when every 西暦 clears its neighbours at `spacing`, else 和暦 with the title. */
export function planYearAxis(years: readonly number[], reportYear: number, spacing: number, measure: Measure): YearAxisPlan {
  const widths = years.map((y) => Math.max(measure(String(y)), measure(warekiShort(y))));
  if (years.length < 2 || labelsFit(widths, spacing)) return { twoLine: true };
  return { twoLine: false, title: yearAxisTitle(years, reportYear) };
}

/**
 * Tick labels for the axis: '' for a year left unlabelled (its grid line stays). Chart.js centres
 * every label on its tick, so a label beside its year is padded with spaces as wide as itself on
 * the other side; Chart.js then also reserves the room the label takes beyond the plot.
 */
export function yearTickLabels(years: readonly number[], reportYear: number, plan: YearAxisPlan, spacing: number, measure: Measure): Array<string | string[]> {
  const labels = years.map((y) => (plan.twoLine ? [warekiShort(y), String(y)] : [warekiShort(y)]));
  const widths = labels.map((l) => Math.max(...l.map(measure)));
  const flat = (l: string[]) => (l.length === 1 ? l[0]! : l);
  if (years.length < 2 || labelsFit(widths, spacing)) return labels.map(flat);
  const placed = placeYearLabels(widths, spacing, years.indexOf(reportYear));
  const pad = (text: string) => ' '.repeat(Math.round(measure(text) / measure(' ')));
  return labels.map((l, i) => {
    const p = placed[i];
    if (p === 'hidden') return '';
    return flat(p === 'left' ? l.map((t) => t + pad(t)) : p === 'right' ? l.map((t) => pad(t) + t) : l);
  });
}
