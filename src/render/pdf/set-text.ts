// Text set by the project, handed to pdfmake as whole lines. pdfmake would break Japanese text with
// UAX #14 (inside numbers in a narrow column) and measure, style and draw it one character at a
// time; a line that arrives with noWrap is measured and drawn once and never broken again.
import type { Content } from 'pdfmake/interfaces.js';
import { fillLines, widestUnit } from '../text/fill-lines.ts';
import type { TextStyle } from './layout.ts';
import { measurer } from './text-measure.ts';

/**
 * Kept free at the end of each line: pdfkit measures a whole line, this module unit by unit, and
 * kerning across units could make the printed line a hair wider than the measured one.
 */
const SLACK = 0.5;

export const measureWith = (style: TextStyle) => measurer(style.fontSize, style.bold);

/** Texts already set: keep-with-next measures a heading or paragraph before it is printed. */
const set = new Map<string, string[]>();
const MAX_SET = 20_000;

/** The lines of `text` in a measure of `width` points. */
export function setLines(text: string, style: TextStyle, width: number): string[] {
  const key = `${style.fontSize} ${style.bold ? 'b' : ''} ${width} ${text}`;
  let lines = set.get(key);
  if (!lines) {
    lines = fillLines(text, width - SLACK, measureWith(style));
    if (set.size >= MAX_SET) set.clear();
    set.set(key, lines);
  }
  return lines;
}

/** Widest line of `text` when nothing wraps but its own line breaks. */
export function naturalWidth(text: string, style: TextStyle): number {
  const measure = measureWith(style);
  return Math.max(0, ...text.split(/\r?\n/).map((line) => measure(line.trim()))) + SLACK;
}

/** Narrowest width that sets `text` without breaking a number, id or word. */
export function minimumWidth(text: string, style: TextStyle): number {
  return widestUnit(text, measureWith(style)) + SLACK;
}

export const styleProps = (style: TextStyle) => ({ fontSize: style.fontSize, bold: style.bold ?? false, lineHeight: style.lineHeight });

/**
 * Inlines of a text node, one per line, each ended by its own line break. Without `style` they
 * take the node's: pdfmake resolves every property of every inline through its style stack.
 */
export function lineInlines(lines: readonly string[], style?: TextStyle, last = true): Content[] {
  const props = style ? styleProps(style) : {};
  return lines.flatMap((line, i): Content[] => {
    const inline = { text: line, noWrap: true, ...props };
    return i < lines.length - 1 || !last ? [inline, { text: '\n', ...props }] : [inline];
  });
}

/** One text node of set lines, with whatever pdfmake properties the caller adds. */
export function textNode(lines: readonly string[], style: TextStyle, extra: object = {}): Content {
  return { text: lineInlines(lines), ...styleProps(style), ...extra } as Content;
}

/**
 * A paragraph that never leaves one line alone at the foot or the head of a page: its first two
 * and last two lines are kept together (a paragraph of three lines or fewer is never split).
 */
export function paragraphNode(lines: readonly string[], style: TextStyle, margin: unknown): Content {
  const keep = (part: readonly string[]): Content => ({ stack: [textNode(part, style)], unbreakable: true });
  if (lines.length <= 3) return { stack: [textNode(lines, style)], unbreakable: true, margin } as Content;
  const middle = lines.slice(2, -2).map((line) => textNode([line], style));
  return { stack: [keep(lines.slice(0, 2)), ...middle, keep(lines.slice(-2))], margin } as Content;
}
