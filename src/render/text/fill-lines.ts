// Fills lines of a given width with the units of line-break.ts, measured with the printed font.
// A unit wider than the whole line (a long URL) is the only thing ever broken inside: otherwise
// it would be printed past the edge of its column or page. Only ASCII spaces at a break vanish;
// an ideographic space (a paragraph's 字下げ) is text.
import { units } from './line-break.ts';

/** Width of a string in points at the size it is printed. */
export type Measure = (text: string) => number;

const TRAILING_SPACES = / +$/;
const isSpaces = (text: string) => /^ +$/.test(text);
const withoutSpaces = (text: string) => text.replace(TRAILING_SPACES, '');

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** A unit wider than the line, cut between characters (whole graphemes: a kanji with its variation selector). */
function fitCharacters(unit: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(unit)) {
    if (piece && measure(piece + segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Closing marks and punctuation do not count as a line's content: 「う。」 is one character alone. */
const CLOSING = /[、。，．,.」』）〕］｝〉》】)\]!?！？]+$/u;

/**
 * A last line of one character (「最 / 終」, 「う。」) reads as a stray mark: it takes the last unit
 * of the line before it, when that line keeps something, the two still fit, and the break between
 * them was not at a space (a space there would be lost).
 */
function avoidLoneCharacter(lines: string[][], width: number, measure: Measure): void {
  const last = lines.at(-1)!;
  const before = lines.at(-2);
  if (!before || before.length < 2 || [...withoutSpaces(last.join('')).replace(CLOSING, '')].length !== 1) return;
  const moved = before.at(-1)!;
  if (TRAILING_SPACES.test(moved) || measure(withoutSpaces(moved + last.join(''))) > width) return;
  before.pop();
  last.unshift(moved);
}

function fillParagraph(text: string, width: number, measure: Measure): string[] {
  const lines: string[][] = [[]];
  let lineWidth = 0;
  for (const unit of units(text)) {
    let line = lines.at(-1)!;
    if (line.length === 0 && isSpaces(unit)) continue;
    const inked = measure(withoutSpaces(unit));
    if (line.length > 0 && lineWidth + inked > width) {
      line = [];
      lines.push(line);
      lineWidth = 0;
      if (isSpaces(unit)) continue;
    }
    if (line.length === 0 && inked > width) {
      const pieces = fitCharacters(withoutSpaces(unit), width, measure);
      lines.pop();
      lines.push(...pieces.map((p) => [p]));
      // The unit's own trailing space stays after its last piece.
      lines.at(-1)![0] += unit.slice(withoutSpaces(unit).length);
      lineWidth = measure(lines.at(-1)![0]!);
      continue;
    }
    line.push(unit);
    lineWidth += measure(unit);
  }
  avoidLoneCharacter(lines, width, measure);
  return lines.map((line) => withoutSpaces(line.join('')));
}

/** The text set in lines no wider than `width`; a line break in the text always starts a new line. */
export function fillLines(text: string, width: number, measure: Measure): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => fillParagraph(paragraph, width, measure));
}

/** Width of the widest unit: a column narrower than this would have to break a number or an id. */
export function widestUnit(text: string, measure: Measure): number {
  return Math.max(0, ...units(text).map((u) => measure(withoutSpaces(u))));
}
