// A plain-text table that lines up in a terminal with Japanese (East Asian wide) text.
import stringWidth from 'string-width';

/** Cuts text to a display width (wide characters count two), marking the cut with …. */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? space + text : text + space;
}

export interface TableColumn {
  heading: string;
  maxWidth?: number;
  align?: 'left' | 'right';
}

export function textTable(columns: readonly TableColumn[], rows: readonly string[][]): string {
  // A line break inside a cell (a 備考 typed in two lines) would break the table's rows apart.
  const cells = rows.map((row) => row.map((c, i) => truncateToWidth(c.replace(/\s*\r?\n\s*/g, ' / '), columns[i]!.maxWidth ?? Number.POSITIVE_INFINITY)));
  const widths = columns.map((c, i) => Math.max(stringWidth(c.heading), ...cells.map((row) => stringWidth(row[i]!))));
  const line = (row: string[]) =>
    row
      .map((c, i) => pad(c, widths[i]!, columns[i]!.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.heading)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
