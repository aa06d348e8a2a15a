// Charts to PNG through @napi-rs/canvas, at print resolution, with the report's Japanese font.
// One renderer per chart size, reused: a renderer per chart leaks memory (chartjs-node-canvas #138).
import { GlobalFonts } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { FONT_FILES } from '../pdf/fonts.ts';
import { CHART_FONT_FAMILY } from './chart-config.ts';
import { encodeGreyPng } from './grey-png.ts';

/** chartjs-node-canvas keeps the Chart instance behind a private method; we need its pixels, not its PNG. */
interface ChartAccess {
  renderChart(config: ChartConfiguration): { canvas: { width: number; height: number; data(): Uint8Array }; destroy(): void };
}

let fontRegistered = false;
const renderers = new Map<string, ChartJSNodeCanvas>();

function rendererFor(width: number, height: number): ChartJSNodeCanvas {
  if (!fontRegistered) {
    GlobalFonts.registerFromPath(FONT_FILES.regular, CHART_FONT_FAMILY);
    fontRegistered = true;
  }
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
    });
    renderers.set(key, renderer);
  }
  return renderer;
}

/** A greyscale PNG of `config`, `width` × `height` points at its printed size. */
export function renderChartPng(config: ChartConfiguration, width: number, height: number): Buffer {
  const chart = (rendererFor(width, height) as unknown as ChartAccess).renderChart(config);
  try {
    return encodeGreyPng(chart.canvas.data(), chart.canvas.width, chart.canvas.height);
  } finally {
    chart.destroy();
  }
}
