// Headings never left alone at the foot of a page, without pdfmake's pageBreakBefore (which lays
// the whole document out again for every stranded heading: quadratic on long reports).
//
// A heading and the text after it become one unbreakable block that ends with an invisible
// spacer as tall as the first row of the table or charts that follow; that table or chart row
// then starts with the same negative margin. If the first row would not fit below the heading,
// the block (heading included) moves to the next page; if it fits, nothing moves.
import type { Block, Cell, Column } from '../report/blocks.ts';
import { GRID_CHART, WIDE_CHART } from './layout.ts';

/** A heading group taller than this is left to break normally: pdfmake drops what an unbreakable block cannot fit on one page. */
const MAX_GROUP_HEIGHT = 300;
const BODY_CHARS_PER_LINE = 40;
const BODY_LINE = 13;
const CELL_LINE = 10.5;
/** Width assumed for the '*' column when estimating how a cell wraps. */
const STAR_WIDTH = 150;

export interface KeepGroup {
  /** Index of the heading that starts the group. */
  start: number;
  /** Index of the table or chart block the group is kept with. */
  content: number;
  /** Height of that block's first row, reserved below the group. */
  room: number;
}

function textHeight(block: Block): number {
  if (block.kind === 'heading') return 30;
  if (block.kind === 'paragraph') return Math.ceil(block.text.length / BODY_CHARS_PER_LINE) * BODY_LINE + 6;
  if (block.kind === 'list') return block.items.reduce((h, item) => h + Math.ceil(item.length / BODY_CHARS_PER_LINE) * BODY_LINE, 6);
  return Number.POSITIVE_INFINITY;
}

function cellHeight(cell: Cell, column: Column | undefined): number {
  const width = typeof column?.width === 'number' ? column.width : STAR_WIDTH;
  const perLine = Math.max(1, Math.floor((width - 6) / 8));
  const lines = Math.ceil(cell.text.length / perLine) + (cell.sub ? Math.ceil(cell.sub.length / Math.floor(perLine * 1.2)) : 0);
  return Math.max(1, lines) * CELL_LINE + 6;
}

/** Height of what must follow a heading on its page: a table's header and first row, or a chart row. */
function firstRowHeight(block: Block): number | undefined {
  switch (block.kind) {
    case 'table': {
      const header = Math.max(...block.columns.map((c) => cellHeight({ text: c.header }, c)));
      const first = block.rows[0] ? Math.max(...block.rows[0].map((cell, i) => cellHeight(cell, block.columns[i]))) : 0;
      return header + first + 8;
    }
    case 'charts':
      return GRID_CHART.height + 24;
    case 'chart':
      return WIDE_CHART.height + 26;
    default:
      return undefined;
  }
}

/** Groups of level-2/3 headings with their text, each kept with the table or charts after it. */
export function keepGroups(blocks: readonly Block[]): KeepGroup[] {
  const groups: KeepGroup[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.kind !== 'heading' || heading.level === 1) continue;
    let height = 0;
    let j = i;
    const startsChapter = (b: Block) => b.kind === 'heading' && b.level === 1;
    while (j < blocks.length && firstRowHeight(blocks[j]!) === undefined && !(j > i && startsChapter(blocks[j]!))) {
      height += textHeight(blocks[j]!);
      j++;
    }
    const room = j < blocks.length ? firstRowHeight(blocks[j]!) : undefined;
    if (room !== undefined && height + room <= MAX_GROUP_HEIGHT) {
      groups.push({ start: i, content: j, room });
      i = j;
    }
  }
  return groups;
}
