// The document's own labelled prose (取組状況, 課題認識と今後の方針・改善点, 施策の最終評価 …),
// printed under its label in the document's order.
import type { Detail } from '../../model/common.ts';
import type { Block, HeadingLevel } from './blocks.ts';

/**
 * The details a report for `year` prints: those without a year and those of the year. A detail
 * written for another year is left out on purpose: it describes that year, not this one.
 */
export function yearDetails(details: readonly Detail[] | undefined, year: number): Detail[] {
  return (details ?? []).filter((d) => d.fiscalYear === undefined || d.fiscalYear === year);
}

/** Each detail as a heading with its label, then its text. */
export function detailBlocks(details: readonly Detail[], level: HeadingLevel, nextId: () => string): Block[] {
  return details.flatMap((d): Block[] => [
    { kind: 'heading', level, text: d.label, id: nextId() },
    { kind: 'paragraph', text: d.text },
  ]);
}
