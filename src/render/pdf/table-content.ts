// A report table in pdfmake: widths from content, every cell set by the project's line breaker,
// the header repeated on each page, a row never split, a row's long note across the row below it.
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import type { Cell, Table } from '../report/blocks.ts';
import { columnWidths, TABLE_LINE, TABLE_PADDING } from './column-widths.ts';
import { SPACING, TEXT, type TextStyle } from './layout.ts';
import { lineInlines, paragraphNode, setLines } from './set-text.ts';

const PADDING_Y = 2.5;

const TABLE_LAYOUT = {
  hLineWidth: () => TABLE_LINE,
  vLineWidth: () => TABLE_LINE,
  hLineColor: () => '#555555',
  vLineColor: () => '#555555',
  fillColor: (row: number) => (row === 0 ? '#e4e4e4' : null),
  paddingLeft: () => TABLE_PADDING,
  paddingRight: () => TABLE_PADDING,
  paddingTop: () => PADDING_Y,
  paddingBottom: () => PADDING_Y,
};

export interface SetCell {
  node: TableCell;
  height: number;
}

const lineHeight = (style: TextStyle) => style.fontSize * style.lineHeight;

function setCell(cell: Cell, width: number, align: string | undefined): SetCell {
  const main = cell.bold ? { ...TEXT.td, bold: true } : TEXT.td;
  const lines = setLines(cell.text, main, width);
  const sub = cell.sub ? setLines(cell.sub, TEXT.sub, width) : [];
  const text = [...lineInlines(lines, main, sub.length === 0), ...lineInlines(sub, TEXT.sub)];
  return {
    node: { text, alignment: (align ?? 'left') as 'left' },
    height: lines.length * lineHeight(main) + sub.length * lineHeight(TEXT.sub) + 2 * PADDING_Y + TABLE_LINE,
  };
}

function headerCell(header: string, width: number): SetCell {
  const lines = header.split('\n').flatMap((line) => setLines(line, TEXT.th, width));
  return { node: { text: lineInlines(lines, TEXT.th), alignment: 'center' }, height: lines.length * lineHeight(TEXT.th) + 2 * PADDING_Y + TABLE_LINE };
}

/** The table's rows set in their widths; `heights` are what keep-with-next needs to know. */
export function setTable(block: Table): { widths: number[]; header: SetCell[]; rows: SetCell[][] } {
  const widths = columnWidths(block);
  const noteWidth = widths.slice(1).reduce((a, w) => a + w + 2 * TABLE_PADDING + TABLE_LINE, -2 * TABLE_PADDING - TABLE_LINE);
  const rows: SetCell[][] = [];
  block.rows.forEach((row, r) => {
    const cells = row.map((cell, i) => setCell(cell, widths[i]!, block.columns[i]?.align));
    const note = block.rowNotes?.[r];
    if (!note) {
      rows.push(cells);
      return;
    }
    // The first cell (the indicator's number) spans its note too, so the note reads as the row's.
    const set = setCell({ text: note }, noteWidth, 'left');
    rows.push([{ ...cells[0]!, node: { ...(cells[0]!.node as object), rowSpan: 2 } as TableCell }, ...cells.slice(1)]);
    rows.push([{ node: {}, height: 0 }, { node: { ...(set.node as object), colSpan: widths.length - 1 } as TableCell, height: set.height }, ...widths.slice(2).map(() => ({ node: {}, height: 0 }))]);
  });
  return { widths, header: block.columns.map((c, i) => headerCell(c.header, widths[i]!)), rows };
}

export function tableContent(block: Table, contentWidth: number): Content[] {
  const { widths, header, rows } = setTable(block);
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      // A row never splits across pages; no cell holds more than a few lines.
      dontBreakRows: true,
      widths,
      body: [header.map((c) => c.node), ...rows.map((row) => row.map((c) => c.node))],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, block.footnote ? 0 : 8],
  };
  return block.footnote ? [table, paragraphNode(setLines(block.footnote, TEXT.footnote, contentWidth), TEXT.footnote, SPACING.footnote)] : [table];
}
