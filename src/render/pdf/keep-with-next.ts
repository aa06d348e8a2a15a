// Headings never left alone at the foot of a page, without pdfmake's pageBreakBefore (which lays
// the whole document out again for every stranded heading: quadratic on long reports).
//
// A heading and the text after it become one unbreakable block that ends with an invisible
// spacer as tall as the first row of the table or charts that follow; that table or chart row
// then starts with the same negative margin. If the first row would not fit below the heading,
// the block (heading included) moves to the next page; if it fits, nothing moves.
import type { Block } from '../report/blocks.ts';

/** A heading group taller than this is left to break normally: pdfmake drops what an unbreakable block cannot fit on one page. */
const MAX_GROUP_HEIGHT = 320;

/** Heights the PDF layer knows from setting the text: of a heading or text block, and of what must follow a heading. */
export interface BlockHeights {
  /** Height of a heading, paragraph or list as set. */
  text(block: Block): number;
  /** Height of a table's header and first row, or of a chart row; undefined for text. */
  firstRow(block: Block): number | undefined;
}

export interface KeepGroup {
  /** Index of the heading that starts the group. */
  start: number;
  /** Index after the group's last heading or text block. */
  end: number;
  /** The table or charts at `end` the group is kept with, and the height of its first row, reserved below the group. */
  room?: number;
}

/** Groups of headings below level 1 with their text, each kept with the table or charts after it. */
export function keepGroups(blocks: readonly Block[], heights: BlockHeights): KeepGroup[] {
  const groups: KeepGroup[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.kind !== 'heading' || heading.level === 1) continue;
    let height = 0;
    let j = i;
    const startsChapter = (b: Block) => b.kind === 'heading' && b.level === 1;
    while (j < blocks.length && heights.firstRow(blocks[j]!) === undefined && !(j > i && startsChapter(blocks[j]!))) {
      height += heights.text(blocks[j]!);
      j++;
    }
    const room = j < blocks.length ? heights.firstRow(blocks[j]!) : undefined;
    if (room !== undefined && height + room <= MAX_GROUP_HEIGHT) {
      groups.push({ start: i, end: j, room });
      i = j;
    } else {
      // Text only up to the next heading, or too much text before the table: the headings stay
      // with the first paragraph or list.
      let k = i;
      while (k < j && blocks[k]!.kind === 'heading') k++;
      if (k < j && blocks.slice(i, k + 1).reduce((h, b) => h + heights.text(b), 0) <= MAX_GROUP_HEIGHT) groups.push({ start: i, end: k + 1 });
      i = Math.max(i, k);
    }
  }
  return groups;
}
