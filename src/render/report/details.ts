// The document's own labelled prose (取組状況, 課題認識と今後の方針・改善点, 施策の最終評価 …),
// printed under its label in the document's order.
import { ofYear } from '../../compute/project-year.ts';
import type { Detail } from '../../model/common.ts';
import type { Block, HeadingLevel } from './blocks.ts';

/** The details a report for `year` prints: a detail written for another year describes that year, not this one. */
export const yearDetails = ofYear;

/** Each detail as a heading with its label, then its text. */
export function detailBlocks(details: readonly Detail[], level: HeadingLevel, nextId: () => string): Block[] {
  return details.flatMap((d): Block[] => [
    { kind: 'heading', level, text: d.label, id: nextId() },
    { kind: 'paragraph', text: readableText(d.text) },
  ]);
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/**
 * A small table the document prints inside a passage, transcribed as 「| | 目標 | 実績 |」 lines, read
 * out a row a line (「令和3年度：目標 物品/60万円以上、実績 34万円」): the bars would print as they are.
 */
export function readableText(text: string): string {
  const lines = text.split('\n');
  const isRow = (l: string) => /^\s*\|.*\|\s*$/.test(l);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    const header = cellsOf(lines[i]!);
    for (; i + 1 < lines.length && isRow(lines[i + 1]!); i++) {
      const [label, ...cells] = cellsOf(lines[i + 1]!);
      const pairs = cells.flatMap((c, k) => (c ? [`${header[k + 1] ? `${header[k + 1]} ` : ''}${c}`] : []));
      out.push(`${label ? `${label}：` : ''}${pairs.join('、')}`);
    }
  }
  return out.join('\n');
}
