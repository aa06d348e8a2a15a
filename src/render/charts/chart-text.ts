// The charts' typeface, registered once with @napi-rs/canvas, and text measured with it: labels are
// wrapped and axes thinned by the widths the renderer will actually draw, before Chart.js lays out.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { FONT_FILES } from '../pdf/fonts.ts';

export const CHART_FONT_FAMILY = 'BIZ UDPGothic';

let registered = false;

export function registerChartFont(): void {
  if (registered) return;
  GlobalFonts.registerFromPath(FONT_FILES.regular, CHART_FONT_FAMILY);
  registered = true;
}

let context: SKRSContext2D | undefined;
const charWidths = new Map<string, number>();

/**
 * Width of `text` in points at `size` pt. Summed per character (cached): BIZ UDPGothic has no
 * kerning between the characters charts print, and sums let line breaking price any run in O(1).
 */
export function textWidth(text: string, size: number): number {
  let sum = 0;
  for (const ch of text) {
    const key = `${size}:${ch}`;
    let w = charWidths.get(key);
    if (w === undefined) {
      registerChartFont();
      context ??= createCanvas(1, 1).getContext('2d');
      context.font = `${size}px "${CHART_FONT_FAMILY}"`;
      w = context.measureText(ch).width;
      charWidths.set(key, w);
    }
    sum += w;
  }
  return sum;
}

/** A measure bound to one type size, the shape the pure layout functions take. */
export type Measure = (text: string) => number;

export const measureAt =
  (size: number): Measure =>
  (text) =>
    textWidth(text, size);
