// Fills lines of a given width with the units of line-break.ts, measured with the printed font.
// A unit wider than the whole line (a long URL) is the only thing ever broken inside: otherwise
// it would be printed past the edge of its column or page.
import { units } from './line-break.ts';

/** Width of a string in points at the size it is printed. */
export type Measure = (text: string) => number;

function fitCharacters(unit: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function fillParagraph(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const unit of units(text)) {
    if (!line && !unit.trim()) continue;
    const inked = measure(unit.trimEnd());
    if (line && lineWidth + inked > width) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (!unit.trim()) continue;
    }
    if (!line && inked > width) {
      const pieces = fitCharacters(unit.trimEnd(), width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
      lineWidth = measure(line);
      continue;
    }
    line += unit;
    lineWidth += measure(unit);
  }
  lines.push(line.trimEnd());
  return avoidLoneCharacter(lines, width, measure);
}

/** Closing marks and punctuation do not count as a line's content: 「う。」 is one character alone. */
const CLOSING = /[、。，．,.」』）〕］｝〉》】)\]!?！？]+$/u;

/**
 * A last line of one character (「最 / 終」, 「う。」) reads as a stray mark: it takes the last unit
 * of the line before it, when that line keeps something and the two still fit.
 */
function avoidLoneCharacter(lines: string[], width: number, measure: Measure): string[] {
  const last = lines.at(-1)!;
  if (lines.length < 2 || [...last.replace(CLOSING, '')].length !== 1) return lines;
  const before = units(lines.at(-2)!);
  const moved = before.at(-1)!;
  if (before.length < 2 || measure(moved + last) > width) return lines;
  return [...lines.slice(0, -2), before.slice(0, -1).join('').trimEnd(), moved + last];
}

/** The text set in lines no wider than `width`; a line break in the text always starts a new line. */
export function fillLines(text: string, width: number, measure: Measure): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => fillParagraph(paragraph, width, measure));
}

/** Width of the widest unit: a column narrower than this would have to break a number or an id. */
export function widestUnit(text: string, measure: Measure): number {
  return Math.max(0, ...units(text).map((u) => measure(u.trimEnd())));
}
