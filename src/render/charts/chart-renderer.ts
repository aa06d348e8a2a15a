// Charts drawn by Chart.js through chartjs-node-canvas, recorded as vector drawing (vector-canvas.ts)
// instead of rasterised: one renderer per chart size, each chart on a fresh recording canvas.
import './no-system-fonts.ts';
import type { ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { CHART_FONT_FAMILY } from './chart-text.ts';
import { VectorCanvas, type Drawing } from './vector-canvas.ts';

/** The parts of chartjs-node-canvas its types keep private. */
interface RendererInternals {
  renderChart(config: ChartConfiguration): { destroy(): void };
  _createCanvas(width: number, height: number, type?: string): unknown;
}

const renderers = new Map<string, { renderer: RendererInternals; canvas?: VectorCanvas }>();

function rendererFor(width: number, height: number) {
  const key = `${width}x${height}`;
  let entry = renderers.get(key);
  if (!entry) {
    const renderer = new ChartJSNodeCanvas({
      width,
      height,
      chartCallback: (ChartJS) => {
        ChartJS.defaults.font.family = CHART_FONT_FAMILY;
        ChartJS.defaults.color = '#000';
      },
    }) as unknown as RendererInternals;
    const made: { renderer: RendererInternals; canvas?: VectorCanvas } = { renderer };
    renderer._createCanvas = (w, h) => (made.canvas = new VectorCanvas(w, h));
    renderers.set(key, made);
    entry = made;
  }
  return entry;
}

/** `config` drawn at `width` × `height` points, as paths and text to replay into the PDF. */
export function drawChart(config: ChartConfiguration, width: number, height: number): Drawing {
  const entry = rendererFor(width, height);
  const chart = entry.renderer.renderChart(config);
  const drawing = entry.canvas!.drawing();
  chart.destroy();
  return drawing;
}
