// How each series of an indicator chart is drawn, described once: the dataset's style and its legend
// sample both come from the same description, so the legend shows exactly the marks (a dashed line
// as a dashed line, a line with squares as a line with a square). Chart.js's own legend draws
// one box or one point style per series and ignores dashes in its 'line' point style.
import type { Chart, ChartDataset, Plugin, PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';

export interface SeriesMark {
  line?: { width: number; dash: number[]; color: string };
  marker?: {
    style: PointStyle;
    radius: number;
    fill: string;
    stroke: string;
    borderWidth: number;
    /** Where the one marker of a series that marks only its end (見通し) sits in the sample. */
    onlyAtEnd?: boolean;
  };
}

type LineDataset = ChartDataset<'line', Array<number | null>>;

/** Width of the legend box: a sample long enough to show a dash pattern, after a gap from the text before. */
export const SAMPLE_WIDTH = 24;
/** Chart.js puts 4 pt between a box and its text and only its padding before the next box: a sample starting inset belongs visibly to the text after it. */
const SAMPLE_INSET = 4;

/** The Chart.js style of a series; `endIndex` is where a marker drawn only at its end goes. */
export function markStyle(mark: SeriesMark, endIndex = -1): Partial<LineDataset> & { mark: SeriesMark } {
  const { line, marker } = mark;
  const radius = marker ? (marker.onlyAtEnd ? (c: { dataIndex: number }) => (c.dataIndex === endIndex ? marker.radius : 0) : marker.radius) : 0;
  return {
    mark,
    showLine: line !== undefined,
    borderColor: line?.color ?? marker?.stroke ?? '#000',
    borderWidth: line?.width ?? 0,
    borderDash: line?.dash ?? [],
    pointStyle: marker?.style ?? false,
    pointRadius: radius,
    pointHoverRadius: radius,
    pointBackgroundColor: marker?.fill ?? 'transparent',
    pointBorderColor: marker?.stroke ?? 'transparent',
    pointBorderWidth: marker?.borderWidth ?? 0,
    spanGaps: true,
    // Markers at the first and last year, or on a gridline at the top, are drawn whole.
    clip: false,
  };
}

/** Legend items with invisible boxes: the samples are drawn by `seriesLegend` in their place. */
export function transparentLegendItems(chart: Chart) {
  return chart.data.datasets.map((d, i) => ({
    text: d.label ?? '',
    datasetIndex: i,
    fillStyle: 'transparent',
    strokeStyle: 'transparent',
    lineWidth: 0,
    hidden: false,
    fontColor: '#000',
  }));
}

/** Draws one sample: the line across the box, the marker in its middle (or at its end). */
export function drawSample(ctx: CanvasRenderingContext2D, mark: SeriesMark, left: number, centerY: number, width = SAMPLE_WIDTH): void {
  ctx.save();
  if (mark.line) {
    ctx.strokeStyle = mark.line.color;
    ctx.lineWidth = mark.line.width;
    ctx.setLineDash(mark.line.dash);
    ctx.lineCap = 'butt';
    ctx.beginPath();
    ctx.moveTo(left, centerY);
    ctx.lineTo(left + width, centerY);
    ctx.stroke();
  }
  if (mark.marker) {
    const { marker } = mark;
    ctx.setLineDash([]);
    ctx.fillStyle = marker.fill;
    ctx.strokeStyle = marker.stroke;
    ctx.lineWidth = marker.borderWidth;
    // A lone marker sits next to its text, as a line's end marker at the line's end; on a line, in its middle.
    const x = marker.onlyAtEnd || !mark.line ? left + width - 6 : left + width / 2;
    drawPoint(ctx, { pointStyle: marker.style, radius: marker.radius, borderWidth: marker.borderWidth }, x, centerY);
  }
  ctx.restore();
}

/** Draws every dataset's sample into the box Chart.js's legend left for it. */
export const seriesLegend: Plugin<'line'> = {
  id: 'seriesLegend',
  afterDraw(chart) {
    const legend = chart.legend as unknown as
      { legendHitBoxes?: Array<{ left: number; top: number; height: number }>; legendItems?: Array<{ datasetIndex?: number }> } | undefined;
    legend?.legendHitBoxes?.forEach((box, i) => {
      const index = legend.legendItems?.[i]?.datasetIndex;
      const mark = index === undefined ? undefined : (chart.data.datasets[index] as { mark?: SeriesMark }).mark;
      if (mark) drawSample(chart.ctx, mark, box.left + SAMPLE_INSET, box.top + box.height / 2, SAMPLE_WIDTH - SAMPLE_INSET);
    });
  },
};
