// A report table in pdfmake: widths from content, every cell set by the project's line breaker,
// the header repeated on each page, a row never split, a row's long note across the row below it.
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import type { Cell, Table } from '../report/blocks.ts';
import { columnWidths, TABLE_LINE, TABLE_PADDING } from './column-widths.ts';
import { SPACING, TEXT, type TextStyle } from './layout.ts';
import { lineInlines, paragraphNode, setLines, styleProps } from './set-text.ts';

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
  const text = [...lineInlines(lines, undefined, sub.length === 0), ...lineInlines(sub, TEXT.sub)];
  return {
    node: { text, ...styleProps(main), alignment: (align ?? 'left') as 'left' },
    height: lines.length * lineHeight(main) + sub.length * lineHeight(TEXT.sub) + 2 * PADDING_Y + TABLE_LINE,
  };
}

function headerCell(header: string, width: number): SetCell {
  const lines = header.split('\n').flatMap((line) => setLines(line, TEXT.th, width));
  return {
    node: { text: lineInlines(lines), ...styleProps(TEXT.th), alignment: 'center' },
    height: lines.length * lineHeight(TEXT.th) + 2 * PADDING_Y + TABLE_LINE,
  };
}

/** One row of the table as printed: its cells, and the row of its note when it has one. */
type SetRow = SetCell[][];

export const rowHeight = (row: SetRow) => row.reduce((h, cells) => h + Math.max(0, ...cells.map((c) => c.height)), 0);

interface SetTable {
  widths: number[];
  header: SetCell[];
  rows: SetRow[];
}

/**
 * Set once per print: keep-with-next asks for a table's first rows before the table itself is
 * printed. Forgotten after the print, or every volume of a large plan would keep its tables.
 */
let setTables = new WeakMap<Table, SetTable>();

export function forgetSetTables(): void {
  setTables = new WeakMap();
}

/** The table's rows set in their widths; the heights are what keep-with-next needs to know. */
export function setTable(block: Table): SetTable {
  let set = setTables.get(block);
  if (!set) {
    set = setTableOnce(block);
    setTables.set(block, set);
  }
  return set;
}

function setTableOnce(block: Table): SetTable {
  const widths = columnWidths(block);
  const noteWidth = widths.slice(1).reduce((a, w) => a + w + 2 * TABLE_PADDING + TABLE_LINE, -2 * TABLE_PADDING - TABLE_LINE);
  const rows = block.rows.map((row, r): SetRow => {
    const cells = row.map((cell, i) => setCell(cell, widths[i]!, block.columns[i]?.align));
    const note = block.rowNotes?.[r];
    if (!note) return [cells];
    // One column: the note is a line of its own under the cell.
    if (widths.length < 2) return [cells, [setCell({ text: note }, widths[0]!, 'left')]];
    // The first cell (the indicator's number) spans its note too, so the note reads as the row's.
    const set = setCell({ text: note }, noteWidth, 'left');
    return [
      [{ ...cells[0]!, node: { ...(cells[0]!.node as object), rowSpan: 2 } as TableCell }, ...cells.slice(1)],
      [
        { node: {}, height: 0 },
        { node: { ...(set.node as object), colSpan: widths.length - 1 } as TableCell, height: set.height },
        ...widths.slice(2).map(() => ({ node: {}, height: 0 })),
      ],
    ];
  });
  return { widths, header: block.columns.map((c, i) => headerCell(c.header, widths[i]!)), rows };
}

/** The first rows kept with the header, and the last rows kept together, so no page holds one or two rows of a table alone. */
const KEEP_FIRST = 2;
const KEEP_LAST = 3;
/** A table this short is never split; a taller one could not move to a page of its own. */
const WHOLE_TABLE = 380;

const INNER_LAYOUT = {
  ...TABLE_LAYOUT,
  // The enclosing table draws the outer rules: only the inner ones here, so the grid is one.
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0 : TABLE_LINE),
  vLineWidth: (i: number, node: { table: { widths?: unknown[] } }) => (i === 0 || i === node.table.widths?.length ? 0 : TABLE_LINE),
  fillColor: () => null,
};

/** The last rows with the footnote under them: every rule but the top one (the enclosing table's) drawn here. */
const NOTED_LAYOUT = { ...INNER_LAYOUT, hLineWidth: (i: number) => (i === 0 ? 0 : TABLE_LINE), vLineWidth: () => TABLE_LINE };

/** The footnote as the last row of the table's last kept rows, without rules: it moves with them to the next page. */
function footnoteRow(lines: readonly string[], columns: number): TableCell[] {
  const note = {
    text: lineInlines(lines),
    ...styleProps(TEXT.footnote),
    colSpan: columns,
    border: [false, true, false, false],
    margin: [-TABLE_PADDING, SPACING.footnote[1] - PADDING_Y, -TABLE_PADDING, 0],
  };
  return [note as unknown as TableCell, ...Array.from({ length: columns - 1 }, () => ({}))];
}

/**
 * Rows printed as one row of the table, which pdfmake never splits: a nested table on the same
 * grid. With a footnote, the nested table draws its own side rules (the enclosing cell draws none),
 * so that none runs down beside the note.
 */
function keptTogether(rows: readonly SetRow[], widths: number[], footnote?: readonly string[]): TableCell[] {
  const body = rows.flat().map((cells) => cells.map((c) => c.node));
  const nested = footnote
    ? {
        table: { widths, body: [...body, footnoteRow(footnote, widths.length)], dontBreakRows: true },
        layout: NOTED_LAYOUT,
        border: [false, false, false, false],
        margin: [-TABLE_PADDING - TABLE_LINE, -PADDING_Y, -TABLE_PADDING - TABLE_LINE, -PADDING_Y],
      }
    : { table: { widths, body, dontBreakRows: true }, layout: INNER_LAYOUT, margin: [-TABLE_PADDING, -PADDING_Y, -TABLE_PADDING, -PADDING_Y] };
  return [{ ...nested, colSpan: widths.length } as unknown as TableCell, ...widths.slice(1).map(() => ({}))];
}

function tableBody(rows: readonly SetRow[], widths: number[], footnote: readonly string[] | undefined): TableCell[][] {
  const plain = (some: readonly SetRow[]) => some.flat().map((cells) => cells.map((c) => c.node));
  if (rows.length <= KEEP_FIRST + KEEP_LAST) return plain(rows);
  // A row with its note is one row of the table too: pdfmake keeps a row whole, not a row span.
  const middle = rows.slice(KEEP_FIRST, -KEEP_LAST).flatMap((row) => (row.length > 1 ? [keptTogether([row], widths)] : plain([row])));
  return [keptTogether(rows.slice(0, KEEP_FIRST), widths), ...middle, keptTogether(rows.slice(-KEEP_LAST), widths, footnote)];
}

export function tableContent(block: Table, contentWidth: number): Content[] {
  const { widths, header, rows } = setTable(block);
  const height = Math.max(0, ...header.map((c) => c.height)) + rows.reduce((h, r) => h + rowHeight(r), 0);
  const note = block.footnote ? setLines(block.footnote, TEXT.footnote, contentWidth) : undefined;
  const long = rows.length > KEEP_FIRST + KEEP_LAST;
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      // A row never splits across pages; no cell holds more than a few lines.
      dontBreakRows: true,
      widths,
      body: [header.map((c) => c.node), ...tableBody(rows, widths, note)],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, note && long ? SPACING.footnote[3] : note ? 0 : 8],
  };
  if (long || !note) return [table];
  // A short table and its footnote are one block: never split, the note never on a page of its own.
  const whole = height <= WHOLE_TABLE;
  return [{ stack: [table, paragraphNode(note, TEXT.footnote, SPACING.footnote)], ...(whole ? { unbreakable: true } : {}) } as Content];
}
