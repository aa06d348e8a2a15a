// 総括: the first thing a council member reads. How collection stands, the status distribution
// this year and the year before, the indicators behind with the reason the document gives and the
// department answering for them, and what improved or worsened since the year before.
import { aggregate } from '../../compute/aggregate.ts';
import type { IndicatorRow, PlanProgress } from '../../compute/plan-progress.ts';
import { behind, collectionCounts, statusChanges } from '../../compute/year-summary.ts';
import { formatCalendarDay, formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { formatNumber, formatSigned } from '../format-ja.ts';
import { indicatorTitle } from '../indicator-text.ts';
import { actualCell, previousCell, statusText, targetCell } from './indicator-table.ts';
import { cell, type Block, type Cell, type Table } from './blocks.ts';
import type { SectionKit } from './section-kit.ts';
import { measuresSummary } from './measures-summary.ts';

export function summarySection(kit: SectionKit, progress: PlanProgress): Block[] {
  const { rows, rubric, year, requests } = progress;
  const counts = collectionCounts(rows);
  const now = aggregate(rows, rubric);
  const late = behind(rows);
  const reportedBefore = rows.filter((r) => r.previous?.actual.reported).length;
  const changes = statusChanges(rows, rubric);
  const blocks: Block[] = [
    ...kit.text('summary', 1, {
      collection: { ...counts, deadline: requests.deadline ? formatCalendarDay(requests.deadline) : undefined, noneAsked: counts.照会前 === rows.length },
      judged: { evaluated: now.evaluated, achieved: now.achieved, share: now.shareAchieved, behind: late.length },
    }),
  ];
  // The year before is compared only when it has actuals: a table of two columns of 照会前 says nothing.
  if (progress.hasPreviousYear && reportedBefore > 0)
    blocks.push(...kit.text('summary-status', 2, { previousYear: year - 1 }), comparisonTable(rows, progress));
  if (now.evaluated > 0) {
    blocks.push(...kit.text('summary-behind', 2, { count: late.length }));
    if (late.length > 0) blocks.push(behindTable(late, kit));
  }
  if (changes.compared > 0) {
    blocks.push(
      ...kit.text('summary-changes', 2, {
        previousYear: year - 1,
        compared: changes.compared,
        improved: changes.improved.length,
        worsened: changes.worsened.length,
      }),
    );
    const changed = [...changes.improved.map((r) => ({ r, way: '改善' })), ...changes.worsened.map((r) => ({ r, way: '悪化' }))];
    if (changed.length > 0) blocks.push(changesTable(changed, kit));
  }
  blocks.push(...measuresSummary(kit, progress));
  return blocks;
}

function comparisonTable(rows: readonly IndicatorRow[], progress: PlanProgress): Table {
  const { rubric, year } = progress;
  const now = aggregate(rows, rubric);
  const before = aggregate(
    rows.map((r) => r.previous!),
    rubric,
  );
  // 照会前・照会中・未報告 are one row here: for a year long past, 「照会前」 would say it was never asked.
  const waiting = new Set((['照会前', '照会中', '未報告'] as const).map((s) => rubric.states[s].label));
  const count = (a: typeof now, label: string) => a.byStatus.find((s) => s.label === label)!.count;
  const sum = (a: typeof now) => a.byStatus.filter((s) => s.neutral && waiting.has(s.label)).reduce((n, s) => n + s.count, 0);
  const marks = now.byStatus.flatMap((s) =>
    s.neutral && waiting.has(s.label)
      ? []
      : [{ text: `${s.symbol ? `${s.symbol} ` : ''}${s.label}`, now: count(now, s.label), before: count(before, s.label) }],
  );
  const all = [...marks, { text: '－ 実績の報告なし', now: sum(now), before: sum(before) }];
  const lines = all.flatMap((m) =>
    m.now === 0 && m.before === 0
      ? []
      : [[cell(m.text), cell(formatNumber(m.before)), cell(formatNumber(m.now)), cell(m.now === m.before ? '±0' : formatSigned(m.now - m.before, undefined))]],
  );
  return {
    kind: 'table',
    columns: [
      { header: '状況' },
      { header: formatWarekiFiscalYear(year - 1), align: 'right' },
      { header: formatWarekiFiscalYear(year), align: 'right' },
      { header: '増減', align: 'right' },
    ],
    rows: [...lines, [{ text: '計', bold: true }, { text: formatNumber(before.total), bold: true }, { text: formatNumber(now.total), bold: true }, cell('')]],
    footnote: '両年度とも、本書で扱う同じ指標を数えています。',
  };
}

function behindTable(late: readonly IndicatorRow[], kit: SectionKit): Table {
  const rows = late.map((r): Cell[] => [
    cell(kit.numberOf(r)),
    cell(indicatorTitle(r.indicator), r.departments.join('、') || undefined),
    actualCell(r),
    targetCell(r),
    cell(r.gapToTarget ? formatSigned(r.gapToTarget.value, r.indicator.unit) : '—'),
    cell(statusText(r)),
  ]);
  const notes = late.map((r) => {
    const why = r.indicator.verification?.get(r.year);
    const reason = r.actual.reported ? r.actual.actual.reason : undefined;
    const lines = [why && `検証：${why}`, reason && `要因・課題（担当課の報告）：${reason}`].filter(Boolean);
    return lines.length > 0 ? lines.join('\n') : undefined;
  });
  return {
    kind: 'table',
    columns: [
      { header: 'No.', align: 'right' },
      { header: '指標（担当課）', prose: true },
      { header: '実績値', align: 'right' },
      { header: '目標値', align: 'right' },
      { header: '差', align: 'right' },
      { header: '状況' },
    ],
    rows,
    ...(notes.some((n) => n !== undefined) ? { rowNotes: notes } : {}),
    footnote:
      '差は、実績値からその年度に比べる値（目標値か目安）を引いたもので、届いていないときは「−」です。検証は計画の評価シートが記す理由、要因・課題は担当課が実績とともに報告した理由です。',
  };
}

function changesTable(changed: ReadonlyArray<{ r: IndicatorRow; way: string }>, kit: SectionKit): Table {
  return {
    kind: 'table',
    columns: [
      { header: 'No.', align: 'right' },
      { header: '指標', prose: true },
      { header: '変化' },
      { header: '前年度', align: 'right' },
      { header: '本年度', align: 'right' },
    ],
    rows: changed.map(({ r, way }): Cell[] => {
      const before = previousCell(r);
      const now = actualCell(r);
      return [cell(kit.numberOf(r)), cell(indicatorTitle(r.indicator)), cell(way), cell(statusText(r.previous!), before.text), cell(statusText(r), now.text)];
    }),
  };
}
