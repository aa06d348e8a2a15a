import { createCanvas } from '@napi-rs/canvas';
import type { Chart } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { indicatorChartConfig, MARKS } from '../../src/render/charts/chart-config.ts';
import { drawChart } from '../../src/render/charts/chart-renderer.ts';
import type { IndicatorChartSpec } from '../../src/render/charts/chart-spec.ts';
import { drawSample, transparentLegendItems, type SeriesMark } from '../../src/render/charts/series-marks.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const SPEC: IndicatorChartSpec = {
  type: 'indicator',
  decimals: 2,
  years: range(2020, 2025),
  reportYear: 2024,
  actuals: [
    { year: 2021, value: 1.48 },
    { year: 2022, value: 1.47 },
    { year: 2024, value: 1.47 },
  ],
  targets: [
    { year: 2024, value: 1.47 },
    { year: 2025, value: 1.48 },
  ],
  baseline: { year: 2020, value: 1.48 },
  path: {
    kind: 'level',
    points: [
      { year: 2020, value: 1.48 },
      { year: 2025, value: 1.48 },
    ],
    label: '目標の水準',
  },
  forecast: [
    { year: 2024, value: 1.47 },
    { year: 2025, value: 1.47 },
  ],
};
const config = indicatorChartConfig(SPEC);
const scales = config.options!.scales as Record<'x' | 'y', any>;
const datasets = config.data.datasets as Array<any>;

describe('the chart of one indicator', () => {
  test('labels the years itself: Chart.js may not skip or rotate any', () => {
    expect(scales.x.ticks).toMatchObject({ autoSkip: false, maxRotation: 0 });
  });

  test("has exactly the round ticks of the figure's precision: 1.46 to 1.49 for 1.47–1.48 with two decimals", () => {
    expect([scales.y.min, scales.y.max]).toEqual([1.46, 1.49]);
    const scale = { ticks: [] as Array<{ value: number }> };
    scales.y.afterBuildTicks(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual([1.46, 1.47, 1.48, 1.49]);
    expect(scale.ticks.map((_, i) => scales.y.ticks.callback(0, i))).toEqual(['1.46', '1.47', '1.48', '1.49']);
    expect(scales.y.ticks.autoSkip).toBe(false);
  });

  test('lists the series in the legend in reading order', () => {
    expect(datasets.map((d) => d.label)).toEqual(['実績値', '目標値', '基準値', '目標の水準', '見通し']);
  });

  test("draws the actual over everything, and the forecast's cross over the target's circle", () => {
    // Chart.js draws the highest `order` first.
    const order = Object.fromEntries(datasets.map((d) => [d.label, d.order]));
    expect(order['実績値']).toBeLessThan(order['見通し']);
    expect(order['見通し']).toBeLessThan(order['目標値']);
    expect(order['目標値']).toBeLessThan(order['基準値']);
  });

  test("an actual on its target leaves white between the square's corners and the inside of the circle", () => {
    const { actual, target } = MARKS;
    // Chart.js draws 'rect' with half-side radius × √½; its corner lies √2 × (half-side + half border) out.
    const corner = Math.SQRT2 * (actual.marker.radius * Math.SQRT1_2 + actual.marker.borderWidth / 2);
    const inside = target.marker.radius - target.marker.borderWidth / 2;
    expect(inside - corner).toBeGreaterThanOrEqual(1);
    expect(target.marker.fill).toBe('#fff');
  });

  test('the legend leaves its boxes empty for the samples drawn as the marks', () => {
    const items = transparentLegendItems({ data: config.data } as unknown as Chart);
    expect(items.map((i) => [i.text, i.fillStyle, i.lineWidth])).toEqual(datasets.map((d) => [d.label, 'transparent', 0]));
    expect(datasets.map((d) => d.mark)).toEqual([MARKS.actual, MARKS.target, MARKS.baseline, MARKS.path, MARKS.forecast]);
  });

  test("series are styled from their marks: dashed level line, marker-only target, cross only at the forecast's end", () => {
    const [actual, target, , path, forecast] = datasets;
    expect(path).toMatchObject({ borderDash: [6, 4], showLine: true, pointStyle: false });
    expect(target).toMatchObject({ showLine: false, pointStyle: 'circle', pointRadius: 5.5 });
    expect(actual).toMatchObject({ showLine: true, pointStyle: 'rect', borderWidth: 2 });
    expect([0, 4, 5].map((i) => forecast.pointRadius({ dataIndex: i }))).toEqual([0, 0, 5]);
  });

  test('of 16 years is drawn at 240 × 150 pt, every path and label inside it', () => {
    const long: IndicatorChartSpec = {
      ...SPEC,
      decimals: 0,
      years: range(2010, 2025),
      actuals: range(2010, 2024).map((y, i) => ({ year: y, value: 3200 + 35 * i })),
      targets: [{ year: 2025, value: 3900 }],
      baseline: undefined,
      path: undefined,
      forecast: undefined,
    };
    const drawing = drawChart(indicatorChartConfig(long) as never, 240, 150);
    expect([drawing.width, drawing.height]).toEqual([240, 150]);
    const points = drawing.ops.flatMap((op) =>
      op.op === 'text' ? [[op.x, op.y]] : op.op === 'fill' || op.op === 'stroke' ? op.path.flatMap((s) => (s[0] === 'Z' ? [] : [s.slice(-2) as number[]])) : [],
    );
    expect(points.length).toBeGreaterThan(100);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(240);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(150);
    }
  });

  test('keeps its labels as text: the value ticks, the years and the legend', () => {
    const texts = drawChart(config as never, 240, 150).ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['1.46', '1.49', 'R2', '2020', 'R7', '2025', '実績値', '見通し']));
  });
});

/** Dark runs along the sample's middle row: one for a solid line, several for a dashed one. */
function darkRuns(mark: SeriesMark): Array<[number, number]> {
  const canvas = createCanvas(40, 20);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 40, 20);
  drawSample(ctx as unknown as CanvasRenderingContext2D, mark, 5, 10, 24);
  const row = ctx.getImageData(0, 10, 40, 1).data;
  const runs: Array<[number, number]> = [];
  for (let x = 0; x < 40; x++) {
    if (row[x * 4]! >= 200) continue;
    const last = runs.at(-1);
    if (last && last[1] === x - 1) last[1] = x;
    else runs.push([x, x]);
  }
  return runs;
}

describe('a legend sample', () => {
  test('of a dashed line is dashed: 6 on, 4 off over 24 pt', () => {
    expect(darkRuns(MARKS.path)).toEqual([
      [5, 10],
      [15, 20],
      [25, 28],
    ]);
  });

  test('of the actuals is one solid line with its square', () => {
    expect(darkRuns(MARKS.actual)).toEqual([[5, 28]]);
  });

  test('of the target is its circle alone, next to the text, with no line', () => {
    const runs = darkRuns(MARKS.target);
    // Two crossings of the ring, centred 6 pt before the sample's end (x = 23), white inside.
    expect(runs).toHaveLength(2);
    expect(runs[0]![0]).toBeGreaterThan(15);
  });
});
