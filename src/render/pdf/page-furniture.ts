// Running heads and page numbers. The head is one line: the report's title on the binding side,
// the current chapter on the outer side, shortened with 「…」 rather than wrapped when both do not
// fit. Page numbers are printed as 「- 4 -」, centred, as in printed municipal documents.
import type { Content } from 'pdfmake/interfaces.js';
import { CONTENT_WIDTH, PAGE_MARGINS, TEXT } from './layout.ts';
import { measureWith } from './set-text.ts';

export interface Furniture {
  runningTitle: string;
  /** Printed on every page (demo actuals). */
  notice?: string;
  duplex: boolean;
}

const GAP = 16;
const [LEFT, , RIGHT] = PAGE_MARGINS;

/** `text` cut to `width` points, ending in 「…」 when it had to be cut. */
export function shorten(text: string, width: number): string {
  const measure = measureWith(TEXT.running);
  if (measure(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

const notice = (text: string): Content => ({ text, ...TEXT.notice, alignment: 'center' });

export function runningHead(f: Furniture, page: number, chapter: string): Content | null {
  if (page === 1) return f.notice ? ({ ...(notice(f.notice) as object), margin: [LEFT, 24, RIGHT, 0] } as Content) : null;
  const measure = measureWith(TEXT.running);
  const titleWidth = Math.min(measure(f.runningTitle) + 1, (CONTENT_WIDTH - GAP) * 0.6);
  const title = shorten(f.runningTitle, titleWidth);
  const section = shorten(chapter, CONTENT_WIDTH - titleWidth - GAP);
  // The chapter on the outer edge: right on odd pages, left on even pages printed duplex.
  const even = f.duplex && page % 2 === 0;
  const parts = [
    { width: titleWidth, text: title, noWrap: true, ...TEXT.running, alignment: 'left' as const },
    { width: '*', text: section, noWrap: true, ...TEXT.running, alignment: 'right' as const },
  ];
  const columns = even
    ? [
        { ...parts[1]!, width: CONTENT_WIDTH - titleWidth - GAP, alignment: 'left' as const },
        { ...parts[0]!, width: '*', alignment: 'right' as const },
      ]
    : parts;
  return {
    margin: [LEFT, 28, RIGHT, 0],
    stack: [
      { columns, columnGap: GAP },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5 }] },
      ...(f.notice ? [{ ...(notice(f.notice) as object), margin: [0, 3, 0, 0] } as Content] : []),
    ],
  } as Content;
}

export function pageFooter(f: Furniture, page: number): Content {
  const number: Content[] = page === 1 ? [] : [{ text: `- ${page} -`, ...TEXT.pageNumber, alignment: 'center' }];
  return { margin: [LEFT, 16, RIGHT, 0], stack: [...number, ...(f.notice ? [notice(f.notice)] : [])] } as Content;
}
