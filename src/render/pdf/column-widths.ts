// Column widths from content, as an auto table layout does: every column at least as wide as its
// widest number, id or word; a figure or a short label on one line; prose (names, titles) given a
// fair share and then what is left. A table is never wider than the text block.
import type { Table } from '../report/blocks.ts';
import { CONTENT_WIDTH, TEXT } from './layout.ts';
import { minimumWidth, naturalWidth } from './set-text.ts';

export const TABLE_LINE = 0.5;
export const TABLE_PADDING = 3;

/** A cell's main text this short is a figure or a label (× 大幅な遅れ, 1,578時間): it stays on one line while the page allows. */
const SHORT = 9;
/** Prose columns together get at least this part of the table before figures' second lines are set on one line. */
const PROSE_SHARE = 0.3;

interface Need {
  /** Narrowest width that breaks no unit. */
  min: number;
  /** Width that keeps figures and short labels on one line. */
  firm: number;
  /** Width that sets every line, second lines included, unbroken. */
  natural: number;
  prose: boolean;
}

function needs(block: Table): Need[] {
  return block.columns.map((column, i) => {
    // A header breaks only where it says so (「必要な\nペース」): its words are labels, not prose.
    let min = Math.max(...column.header.split('\n').map((h) => naturalWidth(h, TEXT.th)));
    let firm = min;
    let natural = min;
    for (const row of block.rows) {
      const cell = row[i];
      if (!cell) continue;
      const style = cell.bold ? { ...TEXT.td, bold: true } : TEXT.td;
      const unit = minimumWidth(cell.text, style);
      const whole = naturalWidth(cell.text, style);
      min = Math.max(min, unit, cell.sub ? minimumWidth(cell.sub, TEXT.sub) : 0);
      firm = Math.max(firm, [...cell.text].length <= SHORT ? whole : unit);
      natural = Math.max(natural, whole, cell.sub ? naturalWidth(cell.sub, TEXT.sub) : 0);
    }
    firm = Math.max(firm, min);
    return { min, firm, natural: Math.max(natural, firm), prose: column.prose ?? false };
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Shares `amount` among `weights` in proportion. */
function share(amount: number, weights: readonly number[]): number[] {
  const total = sum(weights);
  return weights.map((w) => (total > 0 ? (amount * w) / total : 0));
}

/** Grows `from` toward `to` by `amount`, in proportion to what each still lacks. */
function grow(from: readonly number[], to: readonly number[], amount: number): number[] {
  const lack = to.map((t, i) => Math.max(0, t - from[i]!));
  const given = share(Math.min(amount, sum(lack)), lack);
  return from.map((f, i) => f + given[i]!);
}

/** A label set on one line or not at all (half the room it lacks would still break it): the smallest lacks first. */
function firmUp(from: readonly number[], n: readonly Need[], budget: number): number[] {
  const widths = [...from];
  const order = n
    .map((c, i) => ({ i, lack: c.prose ? 0 : c.firm - from[i]! }))
    .filter((c) => c.lack > 0)
    .sort((a, b) => a.lack - b.lack);
  for (const { i, lack } of order) {
    if (lack > budget) break;
    widths[i]! += lack;
    budget -= lack;
  }
  return widths;
}

/**
 * Wider than the page even at the narrowest (a long URL): the widest columns give up width first,
 * down to a common level, so that 「12件」 beside a URL keeps its width and only the URL is broken.
 */
function capped(min: readonly number[], room: number): number[] {
  const sorted = [...min].sort((a, b) => a - b);
  let below = 0;
  for (let i = 0; i < sorted.length; i++) {
    const level = (room - below) / (sorted.length - i);
    if (level <= sorted[i]!) return min.map((w) => Math.min(w, level));
    below += sorted[i]!;
  }
  return [...min];
}

/** Widths of the cells' text in points (pdfmake's table widths: padding and rules excluded). */
export function columnWidths(block: Table, available = CONTENT_WIDTH): number[] {
  const n = needs(block);
  const room = Math.max(0, available - block.columns.length * 2 * TABLE_PADDING - (block.columns.length + 1) * TABLE_LINE);
  const hasProse = n.some((c) => c.prose);
  const natural = n.map((c) => c.natural);
  if (sum(natural) <= room) {
    // Everything fits unbroken: the spare width goes to prose, or to every column alike.
    const extra = share(
      room - sum(natural),
      n.map((c) => (hasProse ? (c.prose ? c.natural : 0) : c.natural)),
    );
    return natural.map((w, i) => w + extra[i]!);
  }
  const min = n.map((c) => c.min);
  if (sum(min) > room) return capped(min, room);
  // 1. short labels on one line, 2. prose up to its fair share, 3. figures' second lines, 4. the rest to prose.
  const proseShare = n.map((c) => (c.prose ? Math.min(c.natural, Math.max(c.min, (room * PROSE_SHARE) / n.filter((p) => p.prose).length)) : c.min));
  let widths = firmUp(min, n, room - sum(min));
  widths = grow(
    widths,
    proseShare.map((t, i) => Math.max(t, widths[i]!)),
    room - sum(widths),
  );
  widths = grow(
    widths,
    n.map((c) => (c.prose ? c.min : c.natural)).map((t, i) => Math.max(t, widths[i]!)),
    room - sum(widths),
  );
  widths = grow(widths, natural, room - sum(widths));
  return widths;
}
