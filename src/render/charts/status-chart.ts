// The status chart: one horizontal bar per group, stacked by status, every group named. Names are
// wrapped by measured width (never dropped: Chart.js would skip labels that do not fit), and the
// chart grows with its groups and their lines, by statusChartHeight, which the PDF layer asks first.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { CHART_FONT_FAMILY, measureAt, type Measure } from './chart-text.ts';
import type { StatusChartSpec } from './chart-spec.ts';
import { formatNumber } from '../format-ja.ts';
import { PRINT_ONLY } from './print-options.ts';
import { wrapLabelScored } from './label-wrap.ts';
import { niceValueAxis } from './value-axis.ts';

const FONT = 8;
const LINE = FONT * 1.2;
/** Room for a bar that holds its 「◎ 12」 at 9 pt, when a group's name takes one line. */
const MIN_BAND = 22;
const MAX_LINES = 3;
/** Shares of the chart's width the names may take, narrowest first. */
const LABEL_SHARES = [0.3, 0.33, 0.36, 0.4];
/** The legend leaves 10 pt below itself (Chart.js adds them): the negative bottom takes 6 back. */
const PADDING = { top: 4, right: 4, bottom: -6, left: 4 };
const LEGEND = { box: 14, padding: 6 };
const BAND_GREYS = ['#1a1a1a', '#5c5c5c', '#9e9e9e', '#d4d4d4'];
const NEUTRAL_GREY = '#ffffff';

const shown = (spec: StatusChartSpec) => spec.statuses.filter((s) => s.counts.some((c) => c > 0));
const legendText = (s: StatusChartSpec['statuses'][number]) => `${s.symbol ? `${s.symbol} ` : ''}${s.label}`;

/** Legend rows, fitted as Chart.js fits them. */
function legendRows(spec: StatusChartSpec, width: number, measure: Measure): number {
  let rows = 1;
  let line = 0;
  for (const [i, s] of shown(spec).entries()) {
    const item = LEGEND.box + FONT / 2 + measure(legendText(s));
    if (i > 0 && line + item + 2 * LEGEND.padding > width - PADDING.left - PADDING.right) (rows++, (line = 0));
    line += item + LEGEND.padding;
  }
  return rows;
}

/** Everything but the bars: padding, count axis with its title, legend. */
function overhead(spec: StatusChartSpec, width: number, measure: Measure): number {
  const axis = 8 + 3 + LINE + LINE + 8;
  return PADDING.top + PADDING.bottom + axis + legendRows(spec, width, measure) * (FONT + LEGEND.padding) + LEGEND.padding + 10;
}

const bandFor = (lines: number) => Math.max(MIN_BAND, lines * LINE + 8);

/**
 * The names set at the column width that reads best: fewest lines first (every band is as tall as
 * the tallest name), then the fewest poor breaks (役|割 at 30% of 476 pt, where 33% breaks after
 * 居場所と), then the narrowest column; a name cut with 「…」 counts as the worst of all.
 */
function setNames(spec: StatusChartSpec, width: number, maxLines: number, measure: Measure): string[][] {
  let best: { score: number; names: string[][] } | undefined;
  for (const [k, share] of LABEL_SHARES.entries()) {
    const wrapped = spec.groups.map((g) => wrapLabelScored(g, width * share, measure, maxLines));
    const lines = Math.max(1, ...wrapped.map((w) => w.lines.length));
    const score = 100 * lines + 10 * wrapped.reduce((sum, w) => sum + w.cost, 0) + 15 * k;
    if (!best || score < best.score) best = { score, names: wrapped.map((w) => w.lines) };
  }
  return best!.names;
}

/** Group names set for a chart `width` × `height`, in as many lines as its bands hold. */
export function statusLabels(spec: StatusChartSpec, width: number, height: number, measure: Measure = measureAt(FONT)): string[][] {
  const band = (height - overhead(spec, width, measure)) / Math.max(1, spec.groups.length);
  return setNames(spec, width, Math.max(1, Math.min(MAX_LINES, Math.floor((band - 8) / LINE + 1e-6))), measure);
}

/**
 * The height, in points, at which every group name fits its bar at `width` (up to three lines a
 * name; only a name longer than three lines at 40% of the width is cut with 「…」): ask it before
 * drawing, and draw the chart `width` × this height.
 */
export function statusChartHeight(spec: StatusChartSpec, width: number): number {
  const measure = measureAt(FONT);
  const lines = Math.max(1, ...setNames(spec, width, MAX_LINES, measure).map((l) => l.length));
  return Math.ceil(Math.max(1, spec.groups.length) * bandFor(lines) + overhead(spec, width, measure));
}

/** Sets the group names for the size the chart is drawn at, before Chart.js lays it out. */
const fitLabels = (spec: StatusChartSpec): Plugin<'bar'> => ({
  id: 'statusLabels',
  afterInit(chart) {
    chart.config.data.labels = statusLabels(spec, chart.width, chart.height);
  },
});

/** Writes 「◎ 12」 inside every bar segment wide enough to hold it, or the bare count. */
const segmentLabels: Plugin<'bar'> = {
  id: 'segmentLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `9px "${CHART_FONT_FAMILY}"`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      const mark = (dataset as { mark?: string }).mark ?? '';
      meta.data.forEach((bar, i) => {
        const count = dataset.data[i] as number;
        const { x, y, base: left, width } = bar.getProps(['x', 'y', 'base', 'width'], true) as { x: number; y: number; base: number; width: number };
        const w = Math.abs(x - left) || width;
        if (!count) return;
        const text = ctx.measureText(`${mark} ${count}`).width + 6 <= w ? `${mark} ${count}` : String(count);
        if (ctx.measureText(text).width + 4 > w) return;
        // White on the two darkest greys, black elsewhere.
        const grey = BAND_GREYS.indexOf(String(dataset.backgroundColor));
        ctx.fillStyle = grey === 0 || grey === 1 ? '#fff' : '#000';
        ctx.fillText(text, (x + left) / 2, y);
      });
    });
    ctx.restore();
  },
};

export function statusChartConfig(spec: StatusChartSpec): ChartConfiguration<'bar'> {
  let band = 0;
  const datasets = shown(spec).map((s) => ({
    label: legendText(s),
    // Bands by their symbol (◎ 12); neutral states, whose symbol is often a dash, by name (未報告 84).
    mark: s.neutral ? s.label : (s.symbol ?? s.label),
    data: s.counts,
    backgroundColor: s.neutral ? NEUTRAL_GREY : BAND_GREYS[Math.min(band++, BAND_GREYS.length - 1)]!,
    borderColor: '#000',
    borderWidth: 0.8,
    borderSkipped: false as const,
    maxBarThickness: 18,
  }));
  const totals = spec.groups.map((_, g) => spec.statuses.reduce((sum, s) => sum + (s.counts[g] ?? 0), 0));
  const axis = niceValueAxis([0, ...totals], 0, 6);
  const font = { size: FONT };
  return {
    type: 'bar',
    data: { labels: spec.groups, datasets },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      locale: 'ja-JP',
      events: PRINT_ONLY.events,
      indexAxis: 'y',
      layout: { padding: PADDING },
      scales: {
        x: {
          stacked: true,
          min: axis.min,
          max: axis.max,
          afterBuildTicks: (scale) => void (scale.ticks = axis.ticks.map((value) => ({ value }))),
          ticks: { font, color: '#000', callback: (v) => formatNumber(Number(v), 0) },
          grid: { color: '#ddd' },
          title: { display: true, text: '指標数', font, color: '#000' },
        },
        // Every group named: Chart.js skips labels it thinks do not fit.
        y: { stacked: true, ticks: { font, color: '#000', autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: LEGEND.box, boxHeight: FONT, font, color: '#000', padding: LEGEND.padding } },
        ...PRINT_ONLY.plugins,
      },
    },
    plugins: [fitLabels(spec), segmentLabels],
  };
}
