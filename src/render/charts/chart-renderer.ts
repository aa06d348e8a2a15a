// Charts to greyscale PNG through chartjs-node-canvas on @napi-rs/canvas, with the report's font.
//
// chartjs-node-canvas creates a new canvas for every chart, and each one's pixel memory outlives
// chart.destroy() (about 1.3 MB per chart at print resolution; chartjs-node-canvas #138, #145):
// a 400-page report went past 1.6 GB. So each renderer draws every chart on one canvas of its
// size, reset before each chart, and we read the pixels instead of the library's PNG.
import type { ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { CHART_FONT_FAMILY, registerChartFont } from './chart-text.ts';
import { encodeGreyPng } from './grey-png.ts';

interface PixelCanvas {
  width: number;
  height: number;
  data(): Uint8Array;
}

/** The parts of chartjs-node-canvas its types keep private. */
interface RendererInternals {
  renderChart(config: ChartConfiguration): { canvas: PixelCanvas; destroy(): void };
  _createCanvas(width: number, height: number, type?: string): PixelCanvas;
}

const renderers = new Map<string, RendererInternals>();

function rendererFor(width: number, height: number): RendererInternals {
  registerChartFont();
  const key = `${width}x${height}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    renderer = new ChartJSNodeCanvas({
      width,
      height,
      backgroundColour: 'white',
      chartCallback: (ChartJS) => {
        ChartJS.defaults.font.family = CHART_FONT_FAMILY;
        ChartJS.defaults.color = '#000';
      },
    }) as unknown as RendererInternals;
    const create = renderer._createCanvas.bind(renderer);
    let canvas: PixelCanvas | undefined;
    // Chart.js scales the canvas by devicePixelRatio; back to the chart's size before each chart.
    renderer._createCanvas = (w, h, type) => {
      canvas ??= create(w, h, type);
      canvas.width = w;
      canvas.height = h;
      return canvas;
    };
    renderers.set(key, renderer);
  }
  return renderer;
}

/** A greyscale PNG of `config`, `width` × `height` points at its printed size. */
export function renderChartPng(config: ChartConfiguration, width: number, height: number): Buffer {
  const chart = rendererFor(width, height).renderChart(config);
  try {
    return encodeGreyPng(chart.canvas.data(), chart.canvas.width, chart.canvas.height);
  } finally {
    chart.destroy();
  }
}
