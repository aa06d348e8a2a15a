// The charts' typeface and text measured in it: labels are wrapped and axes thinned by the widths the
// chart will print with, before Chart.js lays out. The same metrics as the vector canvas that
// records the drawing (and the PDF's text): BIZ UDPGothic's own advances, through fontkit.
import { measurer } from '../pdf/text-measure.ts';

export const CHART_FONT_FAMILY = 'BIZ UDPGothic';

/** A measure bound to one type size, the shape the pure layout functions take. */
export type Measure = (text: string) => number;

/** Width of `text` in points at `size` pt. */
export function textWidth(text: string, size: number): number {
  return measurer(size)(text);
}

export const measureAt = (size: number): Measure => measurer(size);
