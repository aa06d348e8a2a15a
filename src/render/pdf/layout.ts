// Page geometry and type styles of every printed report: A4 portrait with a binding margin.
import type { Style } from 'pdfmake/interfaces.js';

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  /** Left is the binding edge: 25 mm. */
  margins: { left: 25 * MM, top: 22 * MM, right: 17 * MM, bottom: 20 * MM },
};

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
export const CHART_GAP = 12;
export const GRID_CHART = { width: Math.floor((CONTENT_WIDTH - CHART_GAP) / 2), height: 150 };
export const WIDE_CHART = { width: Math.floor(CONTENT_WIDTH), height: 180 };

export const FONT_KEY = 'UDPGothic';

// Spread onto each node rather than named: pdfmake resolves a named style anew for every
// property of every character of Japanese text, which was a third of the layout time.
export const STYLES = {
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
  h2: { fontSize: 12.5, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 6] },
  note: { fontSize: 8, margin: [0, 0, 0, 6] },
  th: { fontSize: 7.5, bold: true, alignment: 'center' },
  td: { fontSize: 8, lineHeight: 1.2 },
  sub: { fontSize: 6.5, color: '#333333' },
  footnote: { fontSize: 7, margin: [0, 3, 0, 8] },
  caption: { fontSize: 8, bold: true, margin: [0, 0, 0, 2] },
  running: { fontSize: 7.5, color: '#333333' },
  notice: { fontSize: 9, bold: true },
  coverTitle: { fontSize: 24, bold: true, alignment: 'center', lineHeight: 1.3 },
  coverSubtitle: { fontSize: 17, bold: true, alignment: 'center' },
  coverLine: { fontSize: 12, alignment: 'center' },
} satisfies Record<string, Style>;
