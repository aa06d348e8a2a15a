import { describe, expect, it } from 'vitest';
import { keepGroups, type BlockHeights } from '../../src/render/pdf/keep-with-next.ts';
import type { Block } from '../../src/render/report/blocks.ts';

const heading = (text: string): Block => ({ kind: 'heading', level: 2, text, id: text });
const list: Block = { kind: 'list', items: ['a', 'b', 'c'] };
const paragraph: Block = { kind: 'paragraph', text: 'p' };
const table: Block = { kind: 'table', columns: [{ header: 'h' }], rows: [] };

/** Lists 200 pt tall, paragraphs 60, headings 30; a table's first row 40. */
const heights: BlockHeights = {
  text: (b) => (b.kind === 'list' ? 200 : b.kind === 'paragraph' ? 60 : 30),
  firstRow: (b) => (b.kind === 'table' ? 40 : undefined),
};

describe('keeping a heading with what follows it', () => {
  it('keeps a heading, its text and the first row of its table together when they are short', () => {
    expect(keepGroups([heading('a'), paragraph, table], heights)).toEqual([{ start: 0, end: 2, room: 40 }]);
  });

  it('keeps a heading with its first list when the text before the next table is too tall to move as one', () => {
    // 30 + 200 + 30 + 60 + 40 = 360 pt is over the 320 pt limit: the 状況の判定基準 of the 付録.
    expect(keepGroups([heading('a'), list, heading('b'), paragraph, table], heights)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4, room: 40 },
    ]);
  });
});
