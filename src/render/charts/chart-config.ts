// Chart.js configurations that read in black and white: every series differs in line style and
// marker shape, not only in grey level, and status bars carry their symbol and count as text.
import type { ChartConfiguration, Plugin, Scale } from 'chart.js';
import { formatNumber } from '../format-ja.ts';
import { PRINT_ONLY } from './print-options.ts';
import { measureAt } from './chart-text.ts';
import type { IndicatorChartSpec, Point } from './chart-spec.ts';
import { markStyle, SAMPLE_WIDTH, seriesLegend, transparentLegendItems, type SeriesMark } from './series-marks.ts';
import { niceValueAxis } from './value-axis.ts';
import { planYearAxis, yearTickLabels, type YearAxisPlan } from './year-axis.ts';

export { CHART_FONT_FAMILY } from './chart-text.ts';
export { statusChartConfig, statusChartHeight } from './status-chart.ts';
export { statusChartInformative } from './chart-spec.ts';

/** Type size of every text in an indicator chart: nothing printed smaller than 8 pt. */
const FONT = 8;
/** The legend leaves 10 pt below itself (Chart.js adds them): the negative bottom takes 6 of them back for the plot. */
const PADDING = { top: 6, right: 8, bottom: -6, left: 2 };
/** Short tick marks: a grid chart is 150 pt high and every point of it goes to the plot. */
const TICK = { length: 3, padding: 3 };

/**
 * The marks, chosen so that an actual that meets its target stays readable: the actual's filled
 * square (half-diagonal 3 + border) lies inside the target's open circle (radius 5.5) with white
 * between them, and a forecast's × drawn over a target in the final year reads as ⊗.
 */
export const MARKS = {
  actual: { line: { width: 2, dash: [], color: '#000' }, marker: { style: 'rect', radius: 3, fill: '#000', stroke: '#000', borderWidth: 1 } },
  target: { marker: { style: 'circle', radius: 5.5, fill: '#fff', stroke: '#000', borderWidth: 1.5 } },
  baseline: { marker: { style: 'triangle', radius: 5, fill: '#777', stroke: '#000', borderWidth: 1 } },
  path: { line: { width: 1.2, dash: [6, 4], color: '#666' } },
  forecast: {
    line: { width: 1.5, dash: [2, 3], color: '#000' },
    marker: { style: 'crossRot', radius: 5, fill: '#000', stroke: '#000', borderWidth: 1.5, onlyAtEnd: true },
  },
} satisfies Record<string, SeriesMark>;

function aligned(years: number[], points: Point[]): Array<number | null> {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  return years.map((y) => byYear.get(y) ?? null);
}

const allValues = (spec: IndicatorChartSpec) =>
  [...spec.actuals, ...spec.targets, ...(spec.baseline ? [spec.baseline] : []), ...(spec.path?.points ?? []), ...(spec.forecast ?? [])].map((p) => p.value);

/**
 * The year axis is fitted to the width the chart is drawn at, which only the renderer knows: the
 * plugin chooses two-line labels or 和暦 with a title before layout, and the tick callback thins
 * labels by the axis's exact width.
 */
function yearAxis(
  spec: IndicatorChartSpec,
  valueLabels: string[],
): { plugin: Plugin<'line'>; callback: (this: Scale, value: unknown, index: number) => string | string[] } {
  const measure = measureAt(FONT);
  const { years, reportYear } = spec;
  let plan: YearAxisPlan = { twoLine: true };
  let cached: { width: number; labels: Array<string | string[]> } | undefined;
  const plugin: Plugin<'line'> = {
    id: 'yearAxis',
    afterInit(chart) {
      // The value axis takes its widest label, padding and tick marks; the last year's label overhangs by half.
      const valueAxis = Math.max(...valueLabels.map(measure)) + TICK.padding + TICK.length;
      const plotWidth = chart.width - PADDING.left - PADDING.right - valueAxis - measure(String(years.at(-1))) / 2;
      cached = undefined;
      plan = planYearAxis(years, reportYear, plotWidth / Math.max(1, years.length - 1), measure);
      const x = chart.config.options!.scales!.x!;
      x.title = { ...x.title, display: !plan.twoLine, text: plan.title ?? '' };
    },
  };
  const callback = function (this: Scale, _value: unknown, index: number) {
    if (cached?.width !== this.width)
      cached = { width: this.width, labels: yearTickLabels(years, reportYear, plan, this.width / Math.max(1, years.length - 1), measure) };
    return cached.labels[index] ?? '';
  };
  return { plugin, callback };
}

export function indicatorChartConfig(spec: IndicatorChartSpec): ChartConfiguration<'line'> {
  const { years } = spec;
  // Pushed in the legend's order; `order` sets the drawing's: the lowest is drawn last, on top.
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [];
  if (spec.actuals.length > 0) datasets.push({ label: '実績値', data: aligned(years, spec.actuals), ...markStyle(MARKS.actual), order: 0 });
  datasets.push({ label: '目標値', data: aligned(years, spec.targets), ...markStyle(MARKS.target), order: 2 });
  if (spec.baseline) datasets.push({ label: '基準値', data: aligned(years, [spec.baseline]), ...markStyle(MARKS.baseline), order: 3 });
  if (spec.path) datasets.push({ label: spec.path.label, data: aligned(years, spec.path.points), ...markStyle(MARKS.path), order: 4 });
  if (spec.forecast) {
    // A cross marks where the forecast ends, in the final target's year.
    const end = years.indexOf(spec.forecast[1].year);
    datasets.push({ label: '見通し', data: aligned(years, spec.forecast), ...markStyle(MARKS.forecast, end), order: 1 });
  }
  const axis = niceValueAxis(allValues(spec), spec.decimals);
  const valueLabels = axis.ticks.map((v) => formatNumber(v, axis.decimals));
  const { plugin, callback } = yearAxis(spec, valueLabels);
  const font = { size: FONT };
  return {
    type: 'line',
    data: { labels: years.map(String), datasets },
    options: {
      responsive: false,
      animation: false,
      /** One chart unit is one point: the chart is recorded as vector drawing at its printed size. */
      devicePixelRatio: 1,
      locale: 'ja-JP',
      events: PRINT_ONLY.events,
      layout: { padding: PADDING },
      scales: {
        // Upright labels (Japanese reads badly rotated), none skipped by Chart.js: we thin them.
        x: {
          ticks: { font, color: '#000', maxRotation: 0, autoSkip: false, padding: TICK.padding, callback },
          grid: { color: '#ddd', tickLength: TICK.length },
          title: { display: false, text: '', font, color: '#000', padding: { top: 1, bottom: 0 } },
        },
        y: {
          min: axis.min,
          max: axis.max,
          // Exactly our ticks: Chart.js's own would step by float sums (1.4700000000000002).
          afterBuildTicks: (scale) => void (scale.ticks = axis.ticks.map((value) => ({ value }))),
          // At most five steps fit the smallest plot; none may be skipped, or the axis reads in gaps.
          ticks: { font, color: '#000', autoSkip: false, padding: TICK.padding, callback: (_v, i) => valueLabels[i] ?? '' },
          grid: { color: '#ddd', tickLength: TICK.length },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { boxWidth: SAMPLE_WIDTH, boxHeight: FONT, font, color: '#000', padding: 5, generateLabels: transparentLegendItems },
        },
        ...PRINT_ONLY.plugins,
      },
    },
    plugins: [plugin, seriesLegend],
  };
}
