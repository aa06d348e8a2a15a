// Fitting a table's content to the printed page: columns with nothing to say are left out (and
// the footnote says so), and sentences are moved out of columns sized for figures.
import type { Cell, Column, Table } from './blocks.ts';

/** Longer than this, a figure column's text (a qualitative target) is set under its row, across the table. */
const LONG_TEXT = 14;
/** In a right-aligned figure column, a phrase without a digit is words, not a figure: shorter ones already squeeze the names beside them. */
const LONG_WORDS = 8;

const tooLong = (text: string, column: Column) => {
  const length = [...text].length;
  return length > LONG_TEXT || (column.align === 'right' && length > LONG_WORDS && !/\d/.test(text.normalize('NFKC')));
};

/**
 * Rows whose long texts are moved out of figure columns into a note under the row: a sentence in
 * a column sized for 「70,000件」 would be set one or two characters a line. The cell says 「下記」,
 * or 「指標名のとおり」 when the text is the indicator's name in column `title` (a plan that names a
 * qualitative indicator by its target).
 */
export function withLongTextsBelow(columns: readonly Column[], rows: readonly Cell[][], title: number): Pick<Table, 'rows' | 'rowNotes'> {
  const notes: Array<string | undefined> = [];
  const moved = rows.map((row) => {
    const parts: string[] = [];
    const cells = row.map((c, i) => {
      const column = columns[i]!;
      if (column.prose || !tooLong(c.text, column)) return c;
      if (c.text === row[title]?.text) return { ...c, text: '指標名のとおり' };
      parts.push(`${column.header}${c.sub ? `（${c.sub}）` : ''}：${c.text}`);
      return { ...c, text: '下記' };
    });
    notes.push(parts.length > 0 ? parts.join('\n') : undefined);
    return cells;
  });
  return notes.some((n) => n !== undefined) ? { rows: moved, rowNotes: notes } : { rows: moved };
}

/**
 * The table without those of `optional` columns whose every cell is 「—」 (before any actual is
 * reported, 達成率 and 進捗率 say nothing): the width goes to the indicator's name instead.
 */
export function withoutEmptyColumns(
  columns: readonly Column[],
  rows: readonly Cell[][],
  optional: readonly string[],
): { columns: Column[]; rows: Cell[][]; omitted: string[] } {
  const empty = columns.map((c, i) => optional.includes(c.header) && rows.length > 0 && rows.every((r) => r[i]?.text === '—' && !r[i]?.sub));
  const keep = <T>(items: readonly T[]) => items.filter((_, i) => !empty[i]);
  return { columns: keep(columns), rows: rows.map(keep), omitted: columns.filter((_, i) => empty[i]).map((c) => c.header) };
}

/** The footnote sentence for omitted columns, or nothing. */
export const omittedNote = (omitted: readonly string[]) => (omitted.length > 0 ? `${omitted.join('・')}は、示せる指標がないため欄を省いています。` : '');
