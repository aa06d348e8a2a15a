// 付録: how the figures are computed, the rubric, how each 目安 was derived, the indicators asked
// for and not yet back, by department, and the colophon that tells two printed editions apart.
import { groupRows } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { formatNumber } from '../format-ja.ts';
import { guideDerivation, guideText, indicatorTitle, latestActualText } from '../indicator-text.ts';
import { cell, type Block, type Cell } from './blocks.ts';
import { statusText } from './indicator-table.ts';
import type { SectionKit } from './section-kit.ts';

const NO_DEPARTMENT = '（担当課の記載なし）';

export function appendixSection(kit: SectionKit, progress: PlanProgress): Block[] {
  const { rows } = progress;
  // Only a report that prints a 目安 explains how each was derived.
  const guided = rows.flatMap((r) => (r.target.kind === 'guide' ? [{ r, t: r.target }] : []));
  // Only what was asked for and has not come back: before a request (照会前) there is nothing to
  // chase, and the 総括 gives the count.
  const unreported = rows.filter((r) => r.collection && r.collection.state !== '照会前');
  const blocks: Block[] = [
    ...kit.text('appendix', 1, { guided: guided.length > 0, awaiting: unreported.length > 0 }),
    ...kit.text('how-to-read', 2, { annual: true, yearOnYear: progress.hasPreviousYear }),
    ...kit.text('rubric', 2),
  ];
  if (guided.length > 0) {
    blocks.push(...kit.text('guide', 2), {
      kind: 'table',
      columns: [{ header: 'No.' }, { header: '指標', prose: true }, { header: '目安', align: 'right' }, { header: '求め方', prose: true }],
      rows: guided.map(({ r, t }): Cell[] => [
        cell(kit.numberOf(r)),
        cell(indicatorTitle(r.indicator)),
        cell(guideText(r)!),
        cell(guideDerivation(t, r.indicator.unit)),
      ]),
    });
  }

  if (unreported.length > 0) {
    blocks.push(...kit.text('unreported', 2));
    const byDepartment = [...groupRows(unreported, (r) => (r.departments.length > 0 ? r.departments : [NO_DEPARTMENT]))].sort(([a], [b]) =>
      a === NO_DEPARTMENT ? 1 : b === NO_DEPARTMENT ? -1 : a.localeCompare(b, 'ja'),
    );
    blocks.push({
      kind: 'table',
      columns: [
        { header: '担当課' },
        { header: 'No.', align: 'right' },
        { header: '指標', prose: true },
        { header: '状況' },
        { header: '最新の実績', align: 'right' },
      ],
      rows: byDepartment.flatMap(([department, group]) =>
        group.map((r, i): Cell[] => {
          // Every row names its department: a group may continue on the next page.
          return [
            i === 0 ? { text: department, sub: `${formatNumber(group.length)}件`, bold: true } : cell(department),
            cell(kit.numberOf(r)),
            cell(indicatorTitle(r.indicator)),
            cell(statusText(r)),
            cell(latestActualText(r) ?? '—'),
          ];
        }),
      ),
    });
  }
  blocks.push(...kit.text('colophon', 2));
  return blocks;
}
