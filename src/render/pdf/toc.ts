// The 目次 as a printed document sets it: each entry indented by its level, a dot leader to its
// page number at the right edge, chapters in bold; every entry links to its heading.
import type { Content } from 'pdfmake/interfaces.js';
import type { Heading } from '../report/blocks.ts';
import { SPACING, TEXT } from './layout.ts';
import { lineInlines, measureWith, setLines, styleProps, textNode } from './set-text.ts';

const NUMBER_WIDTH = 28;
const INDENT = TEXT.toc.fontSize;
const LEADER = '…';

function entry(h: Heading, width: number): Content {
  const style = h.level === 1 ? TEXT.tocChapter : TEXT.toc;
  const indent = (h.level - 1) * INDENT;
  const measure = measureWith(style);
  const leaderWidth = measure(LEADER);
  const textWidth = width - indent - NUMBER_WIDTH;
  const lines = setLines(h.text, style, textWidth - 3 * leaderWidth);
  const room = textWidth - measure(lines.at(-1)!) - leaderWidth / 2;
  const leader = { text: ` ${LEADER.repeat(Math.max(1, Math.floor(room / leaderWidth) - 1))}`, noWrap: true, bold: false, fontSize: style.fontSize };
  return {
    columns: [
      { width: textWidth, text: [...lineInlines(lines), leader], ...styleProps(style), linkToDestination: h.id },
      { width: NUMBER_WIDTH, text: [{ text: '000', pageReference: h.id, noWrap: true }], alignment: 'right', ...style, bold: false },
    ],
    columnGap: 0,
    margin: [indent, h.level === 1 ? 7 : 1.5, 0, 0],
  } as Content;
}

export function tableOfContents(title: string, headings: readonly Heading[], width: number): Content[] {
  return [
    { ...(textNode(setLines(title, TEXT.h1, width), TEXT.h1) as object), margin: SPACING.h1, pageBreak: 'before' } as Content,
    ...headings.filter((h) => h.toc).map((h) => entry(h, width)),
  ];
}
