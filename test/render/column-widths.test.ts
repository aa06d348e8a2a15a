// Column widths from content, checked against widths measured with the same font.
import { expect, test } from 'vitest';
import { columnWidths } from '../../src/render/pdf/column-widths.ts';
import { TEXT } from '../../src/render/pdf/layout.ts';
import { minimumWidth } from '../../src/render/pdf/set-text.ts';
import type { Table } from '../../src/render/report/blocks.ts';

const table = (columns: Table['columns'], rows: string[][]): Table => ({ kind: 'table', columns, rows: rows.map((r) => r.map((text) => ({ text }))) });

test('no column is narrower than its widest number, and the table fills the text block', () => {
  const t = table(
    [{ header: 'No.' }, { header: '指標', prose: true }, { header: '実績値', align: 'right' }],
    [['3-2-2-10', '公民協奏の推進に関する指標', '17,098,103件']],
  );
  const widths = columnWidths(t, 400);
  expect(widths[2]).toBeGreaterThanOrEqual(minimumWidth('17,098,103件', TEXT.td));
  expect(widths[0]).toBeGreaterThanOrEqual(minimumWidth('3-2-2-10', TEXT.td));
  expect(widths.reduce((a, b) => a + b, 0) + 3 * 6 + 4 * 0.5).toBeCloseTo(400, 6);
});

test('a URL wider than the page gives up width before a figure beside it does', () => {
  const t = table([{ header: '件数' }, { header: '出典' }], [['12件', `https://example.jp/${'a'.repeat(300)}`]]);
  const widths = columnWidths(t, 300);
  expect(widths[0]).toBeGreaterThanOrEqual(minimumWidth('12件', TEXT.td));
  expect(widths.every((w) => w >= 0)).toBe(true);
});

test('a table of more columns than the page can hold gets no negative width', () => {
  const many = Array.from({ length: 90 }, (_, i) => ({ header: String(i) }));
  expect(columnWidths(table(many, [many.map(() => '1')]), 476).every((w) => w >= 0)).toBe(true);
});
