// 付録: how the figures are computed, the rubric, interpolated targets, unreported indicators by
// department, and the colophon that tells two printed editions apart.
import { groupRows } from '../../compute/aggregate.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { formatNumber } from '../format-ja.ts';
import { cell, type Block, type Cell } from './blocks.ts';
import { INTERPOLATED_MARK, latestActualText, targetCell } from './indicator-table.ts';
import type { SectionKit } from './section-kit.ts';

const NO_DEPARTMENT = '（担当課の記載なし）';

function interpolationText(inputs: Record<string, number>, formula: string): string {
  const values = Object.entries(inputs).map(([k, v]) => `${k} ${formatNumber(v)}`).join('、');
  return `${formula}（${values}）`;
}

export function appendixSection(kit: SectionKit, progress: PlanProgress): Block[] {
  const { rows } = progress;
  const blocks: Block[] = [...kit.text('appendix', 1), ...kit.text('how-to-read', 2), ...kit.text('rubric', 2)];

  const interpolated = rows.filter((r) => r.target.kind === 'interpolated');
  blocks.push(...kit.text('interpolated', 2));
  if (interpolated.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ header: 'No.', width: 38 }, { header: '指標', width: 150 }, { header: '目標値', width: 56, align: 'right' }, { header: '求め方', width: '*' }],
      rows: interpolated.map((r): Cell[] => {
        const t = r.target as Extract<typeof r.target, { kind: 'interpolated' }>;
        return [cell(r.indicator.id), cell(r.indicator.name), targetCell(r), cell(interpolationText(t.inputs, t.formula))];
      }),
      footnote: `本文の目標値に${INTERPOLATED_MARK}を付けています。`,
    });
  } else {
    blocks.push({ kind: 'paragraph', text: '該当する指標はありません。', style: 'note' });
  }

  const unreported = rows.filter((r) => !r.actual.reported);
  blocks.push(...kit.text('unreported', 2));
  if (unreported.length > 0) {
    const byDepartment = [...groupRows(unreported, (r) => (r.departments.length > 0 ? r.departments : [NO_DEPARTMENT]))].sort(([a], [b]) =>
      a === NO_DEPARTMENT ? 1 : b === NO_DEPARTMENT ? -1 : a.localeCompare(b, 'ja'),
    );
    blocks.push({
      kind: 'table',
      columns: [{ header: '担当課', width: 120 }, { header: 'No.', width: 38 }, { header: '指標', width: '*' }, { header: '最新の実績', width: 90, align: 'right' }],
      rows: byDepartment.flatMap(([department, group]) =>
        group.map((r, i): Cell[] => {
          // Every row names its department: a group may continue on the next page.
          return [i === 0 ? { text: department, sub: `${formatNumber(group.length)}件`, bold: true } : cell(department), cell(r.indicator.id), cell(r.indicator.name), cell(latestActualText(r) ?? '—')];
        }),
      ),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: '未報告の指標はありません。', style: 'note' });
  }
  blocks.push(...kit.text('colophon', 2));
  return blocks;
}
