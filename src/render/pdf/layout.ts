// Page geometry and type of every printed report: A4 portrait, set for reading on paper at arm's
// length (body 10.5 pt, tables 8.5 pt, nothing under 7.5 pt), with a binding margin that alternates
// sides in duplex printing, as a council's printed copy is bound.
import type { Style } from 'pdfmake/interfaces.js';

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  /** `inner` is the binding edge: left on odd pages, right on even pages when printed duplex. */
  margins: { inner: 25 * MM, top: 22 * MM, outer: 17 * MM, bottom: 20 * MM },
};

/** Page margins of pdfmake (left, top, right, bottom): odd pages; even pages are shifted by {@link DUPLEX_SHIFT}. */
export const PAGE_MARGINS: [number, number, number, number] = [PAGE.margins.inner, PAGE.margins.top, PAGE.margins.outer, PAGE.margins.bottom];

/** How far an even page's content moves left so that its binding margin is on the right. */
export const DUPLEX_SHIFT = PAGE.margins.outer - PAGE.margins.inner;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.inner - PAGE.margins.outer;
export const CHART_GAP = 12;
export const GRID_CHART = { width: Math.floor((CONTENT_WIDTH - CHART_GAP) / 2), height: 160 };
export const WIDE_CHART = { width: Math.floor(CONTENT_WIDTH), height: 190 };

export const FONT_KEY = 'UDPGothic';

/** Size, weight and line height: what the line breaker needs to measure and pdfmake to print. */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  lineHeight: number;
}

// Spread onto each node rather than named: pdfmake resolves a named style anew for every
// property of every inline, which was a third of the layout time.
export const TEXT = {
  body: { fontSize: 10.5, lineHeight: 1.5 },
  h1: { fontSize: 17, bold: true, lineHeight: 1.3 },
  h2: { fontSize: 14, bold: true, lineHeight: 1.3 },
  h3: { fontSize: 12.5, bold: true, lineHeight: 1.3 },
  h4: { fontSize: 11.5, bold: true, lineHeight: 1.3 },
  h5: { fontSize: 10.5, bold: true, lineHeight: 1.3 },
  note: { fontSize: 9, lineHeight: 1.45 },
  th: { fontSize: 8.5, bold: true, lineHeight: 1.2 },
  td: { fontSize: 8.5, lineHeight: 1.3 },
  sub: { fontSize: 7.5, lineHeight: 1.3 },
  footnote: { fontSize: 8, lineHeight: 1.4 },
  caption: { fontSize: 9, bold: true, lineHeight: 1.25 },
  running: { fontSize: 8, lineHeight: 1.2 },
  pageNumber: { fontSize: 9, lineHeight: 1.2 },
  notice: { fontSize: 9, bold: true, lineHeight: 1.3 },
  toc: { fontSize: 10.5, lineHeight: 1.4 },
  tocChapter: { fontSize: 10.5, bold: true, lineHeight: 1.4 },
  coverTitle: { fontSize: 24, bold: true, lineHeight: 1.35 },
  coverSubtitle: { fontSize: 17, bold: true, lineHeight: 1.3 },
  coverLine: { fontSize: 12, lineHeight: 1.3 },
} satisfies Record<string, TextStyle>;

/** Space around blocks: [left, top, right, bottom]. */
export const SPACING = {
  h1: [0, 0, 0, 12],
  h2: [0, 16, 0, 7],
  h3: [0, 13, 0, 6],
  h4: [0, 11, 0, 5],
  h5: [0, 9, 0, 4],
  paragraph: [0, 0, 0, 7],
  note: [0, 0, 0, 7],
  footnote: [0, 3, 0, 10],
  caption: [0, 0, 0, 2],
} satisfies Record<string, Style['margin']>;
