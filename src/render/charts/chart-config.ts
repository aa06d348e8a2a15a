// Chart.js configurations that read in black and white: every series differs in line style and
// marker shape, not only in grey level, and status bars carry their symbol and count as text.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { ERAS, toWareki } from '../../model/fiscal-year.ts';
import { formatNumber } from '../format-ja.ts';
import type { IndicatorChartSpec, Point, StatusChartSpec } from './chart-spec.ts';

export const CHART_FONT_FAMILY = 'BIZ UDPGothic';

/** Axis label for a fiscal year: 「R6」 over 「2024」. */
function yearLabel(year: number): string[] {
  const w = toWareki(year);
  const short = ERAS.find((e) => e.name === w.era)!.short;
  return [`${short}${w.year === 1 ? '元' : w.year}`, String(year)];
}

function aligned(years: number[], points: Point[]): Array<number | null> {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  return years.map((y) => byYear.get(y) ?? null);
}

const base = {
  responsive: false,
  animation: false as const,
  /** 1 chart pixel = 1 pt; ×3 is 216 dpi at the printed size. */
  devicePixelRatio: 3,
  locale: 'ja-JP',
};

/**
 * Room above and below the figures, never below zero when every figure is at least zero: a count
 * or an amount drawn against a negative axis reads as if it could be negative.
 */
function valueRange(spec: IndicatorChartSpec): { suggestedMin: number; suggestedMax: number } {
  const values = [...spec.actuals, ...spec.targets, ...(spec.baseline ? [spec.baseline] : []), ...(spec.path?.points ?? []), ...(spec.forecast ?? [])].map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  return { suggestedMin: lo >= 0 ? Math.max(0, lo - pad) : lo - pad, suggestedMax: hi + pad };
}

export function indicatorChartConfig(spec: IndicatorChartSpec): ChartConfiguration<'line'> {
  const { years } = spec;
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [];
  if (spec.actuals.length > 0) {
    datasets.push({ label: '実績値', data: aligned(years, spec.actuals), borderColor: '#000', backgroundColor: '#000', borderWidth: 2, pointStyle: 'rect', pointRadius: 3.5, spanGaps: true, order: 0 });
  }
  datasets.push(
    { label: '目標値', data: aligned(years, spec.targets), borderColor: '#000', backgroundColor: '#fff', borderWidth: 1.5, pointStyle: 'circle', pointRadius: 4, showLine: false, order: 1 },
  );
  if (spec.baseline) {
    datasets.push({ label: '基準値', data: aligned(years, [spec.baseline]), borderColor: '#000', backgroundColor: '#777', borderWidth: 1, pointStyle: 'triangle', pointRadius: 5, showLine: false, order: 2 });
  }
  if (spec.path) {
    const { points, label } = spec.path;
    datasets.push({ label, data: aligned(years, points), borderColor: '#777', borderWidth: 1.2, borderDash: [6, 4], pointStyle: 'line', pointRadius: 0, spanGaps: true, order: 3 });
  }
  if (spec.forecast) {
    // A cross marks where the forecast ends, in the final target's year.
    const end = years.indexOf(spec.forecast[1].year);
    datasets.push({ label: '見通し', data: aligned(years, spec.forecast), borderColor: '#000', backgroundColor: '#000', borderWidth: 1.5, borderDash: [2, 3], pointStyle: 'crossRot', pointRadius: (c) => (c.dataIndex === end ? 5 : 0), spanGaps: true, order: 4 });
  }
  return {
    type: 'line',
    data: { labels: years.map(yearLabel), datasets },
    options: {
      ...base,
      layout: { padding: 4 },
      scales: {
        // Every year labelled, upright: Japanese reads badly rotated.
        x: { ticks: { font: { size: 7 }, color: '#000', maxRotation: 0, autoSkip: false }, grid: { color: '#ddd' } },
        y: { ...valueRange(spec), ticks: { font: { size: 8 }, color: '#000', precision: spec.decimals, callback: (v) => formatNumber(Number(v)) }, grid: { color: '#ddd' } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 18, boxHeight: 6, font: { size: 8 }, color: '#000', padding: 6 } },
        tooltip: { enabled: false },
      },
    },
  };
}

const BAND_GREYS = ['#1a1a1a', '#5c5c5c', '#9e9e9e', '#d4d4d4'];
const NEUTRAL_GREY = '#ffffff';

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
        ctx.fillStyle = BAND_GREYS.indexOf(String(dataset.backgroundColor)) < 2 && dataset.backgroundColor !== NEUTRAL_GREY ? '#fff' : '#000';
        ctx.fillText(text, (x + left) / 2, y);
      });
    });
    ctx.restore();
  },
};

export function statusChartConfig(spec: StatusChartSpec): ChartConfiguration<'bar'> {
  let band = 0;
  const datasets = spec.statuses
    .filter((s) => s.counts.some((c) => c > 0))
    .map((s) => ({
      label: `${s.symbol ? `${s.symbol} ` : ''}${s.label}`,
      // Bands by their symbol (◎ 12); neutral states, whose symbol is often a dash, by name (未報告 84).
      mark: s.neutral ? s.label : (s.symbol ?? s.label),
      data: s.counts,
      backgroundColor: s.neutral ? NEUTRAL_GREY : BAND_GREYS[Math.min(band++, BAND_GREYS.length - 1)]!,
      borderColor: '#000',
      borderWidth: 0.8,
      borderSkipped: false as const,
    }));
  return {
    type: 'bar',
    data: { labels: spec.groups.map((g) => wrapLabel(g, 14)), datasets },
    options: {
      ...base,
      indexAxis: 'y',
      scales: {
        x: { stacked: true, ticks: { font: { size: 8 }, color: '#000', precision: 0 }, grid: { color: '#ddd' }, title: { display: true, text: '指標数', font: { size: 8 }, color: '#000' } },
        y: { stacked: true, ticks: { font: { size: 8 }, color: '#000' }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 8, font: { size: 8 }, color: '#000', padding: 6 } },
        tooltip: { enabled: false },
      },
    },
    plugins: [segmentLabels],
  };
}

/** Splits a long category label into lines of at most `size` characters. */
function wrapLabel(text: string, size: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += size) lines.push(text.slice(i, i + size));
  return lines;
}
