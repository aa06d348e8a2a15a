// Wraps a Japanese category label over lines that a reader takes in one glance: the fewest lines
// within the width, broken where a phrase ends (after a particle, at a space or 、・), never inside
// a number or an ASCII word (「第2章」, 「DX」), never against 禁則 (no 、 or ）at a line start, no （
// at a line end), never leaving one character alone on a line, and lines of even length.
import { units } from '../text/line-break.ts';
import type { Measure } from './chart-text.ts';

const HIRAGANA = /[\u3041-\u309f]/;
const KATAKANA = /[\u30a0-\u30ff]/;
const KANJI = /[\u4e00-\u9fff々〆]/;

const first = (text: string) => String.fromCodePoint(text.codePointAt(0)!);
const last = (text: string) => [...text].at(-1)!;

/** How much a break between `a` and `b` (where one is allowed) hurts reading: 0 at a phrase boundary, more inside a compound or between a word and its ending. */
function phraseCost(a: string, b: string): number {
  if ('、・'.includes(a) || '（［｛〔〈《「『【'.includes(b)) return 0;
  if (HIRAGANA.test(a)) return HIRAGANA.test(b) ? 6 : 0;
  if (HIRAGANA.test(b)) return 8; // okurigana or a particle torn from its word: 向上|と
  if (KANJI.test(a) && KANJI.test(b)) return 3;
  if (KATAKANA.test(a) && KATAKANA.test(b)) return 6;
  return 2;
}

/**
 * The cost of breaking between `a` and `b`: undefined where the report's line breaker forbids it
 * (禁則, a number with what it counts, an ASCII word), else the {@link phraseCost}.
 */
export function breakCost(a: string, b: string): number | undefined {
  return units(a + b).length === 2 ? phraseCost(a, b) : undefined;
}

interface Piece {
  text: string;
  /** Cost of a line break before this piece; 0 after a space (which then disappears at the line end). */
  cost: number;
}

/** The label's unbreakable units (line-break.ts), each with the cost of a break before it; a break after a space costs nothing. */
function pieces(text: string): Piece[] {
  const all = units(text.trim());
  return all.map((unit, i) => ({ text: unit, cost: i === 0 || all[i - 1]!.endsWith(' ') ? 0 : phraseCost(last(all[i - 1]!), first(unit)) }));
}

/** Piece ranges [from, to) of the best lines within `maxWidth`, or undefined beyond `maxLines`. */
function bestLines(parts: Piece[], maxWidth: number, maxLines: number, measure: Measure): Array<[number, number]> | undefined {
  const n = parts.length;
  // best[j][l]: least cost of setting pieces 0..j on l lines; from[j][l]: where its last line starts.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(maxLines + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<number>(maxLines + 1).fill(-1));
  best[0]![0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const text = joined(parts, i, j);
      const width = measure(text);
      if (width > maxWidth) break;
      const slack = 1 - width / maxWidth;
      // A character alone on a line reads as a mistake (「公民協奏の推 / 進」): never.
      const lone = [...text].length === 1 && n > 1 ? 1000 : 0;
      const cost = (i > 0 ? parts[i]!.cost * 10 : 0) + slack * slack * 10 + lone;
      for (let l = 1; l <= maxLines; l++) {
        const c = best[i]![l - 1]! + cost;
        if (c < best[j]![l]!) ((best[j]![l] = c), (from[j]![l] = i));
      }
    }
  }
  const lines = best[n]!.findIndex((c) => c < 1000);
  if (lines < 1) return undefined;
  const out: Array<[number, number]> = [];
  for (let j = n, l = lines; l > 0; l--) {
    const i = from[j]![l]!;
    out.unshift([i, j]);
    j = i;
  }
  return out;
}

const joined = (parts: Piece[], i: number, j: number) =>
  parts
    .slice(i, j)
    .map((p) => p.text)
    .join('')
    .trim();

/** Cuts `text` to fit `maxWidth` with a closing 「…」. */
function abbreviate(text: string, maxWidth: number, measure: Measure): string {
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

export interface WrappedLabel {
  lines: string[];
  /** Sum of the break costs between its lines; 1000 when it had to be cut with 「…」. */
  cost: number;
}

/**
 * `text` over the fewest lines (up to `maxLines`) no wider than `maxWidth`, with the least break
 * cost. Only when it cannot be set in `maxLines` lines is the last line cut with 「…」; a run wider
 * than the whole column (a long ASCII word) is then broken between characters.
 */
export function wrapLabelScored(text: string, maxWidth: number, measure: Measure, maxLines = 3): WrappedLabel {
  let parts = pieces(text);
  if (parts.length === 0) return { lines: [''], cost: 0 };
  if (measure(joined(parts, 0, parts.length)) <= maxWidth) return { lines: [joined(parts, 0, parts.length)], cost: 0 };
  const fitted = bestLines(parts, maxWidth, maxLines, measure);
  if (fitted) return { lines: fitted.map(([i, j]) => joined(parts, i, j)), cost: fitted.reduce((sum, [i]) => sum + (i > 0 ? parts[i]!.cost : 0), 0) };
  let all = bestLines(parts, maxWidth, 64, measure);
  if (!all) {
    parts = parts.flatMap((p) =>
      [...p.text.trimStart()].map((ch, k) => ({ text: k === 0 && p.text.startsWith(' ') ? ` ${ch}` : ch, cost: k === 0 ? p.cost : 50 })),
    );
    all = bestLines(parts, maxWidth, 256, measure) ?? [[0, parts.length]];
  }
  const head = all.slice(0, maxLines - 1).map(([i, j]) => joined(parts, i, j));
  const rest = joined(parts, all[maxLines - 1]?.[0] ?? 0, parts.length);
  return { lines: [...head, abbreviate(rest, maxWidth, measure)], cost: 1000 };
}

export const wrapLabel = (text: string, maxWidth: number, measure: Measure, maxLines = 3): string[] => wrapLabelScored(text, maxWidth, measure, maxLines).lines;
