import { describe, expect, test } from 'vitest';
import type { StatusChartSpec } from '../../src/render/charts/chart-spec.ts';
import { statusChartInformative } from '../../src/render/charts/chart-spec.ts';
import { statusChartConfig, statusChartHeight, statusLabels } from '../../src/render/charts/status-chart.ts';

type Counts = Partial<Record<'達成' | '概ね順調' | '遅れ' | '未報告' | '評価対象外', number[]>>;
function spec(groups: string[], counts: Counts): StatusChartSpec {
  const neutral = new Set(['未報告', '評価対象外']);
  return {
    type: 'status',
    groups,
    statuses: (['達成', '概ね順調', '遅れ', '未報告', '評価対象外'] as const).map((label) => ({
      label,
      neutral: neutral.has(label),
      counts: counts[label] ?? groups.map(() => 0),
    })),
  };
}

const SEVEN = [
  '計画全体',
  '公民協奏の推進',
  '子どもたちの未来を支える教育の充実',
  '安全・安心に暮らせるまちづくり',
  '基本目標5 あらゆる世代が居場所と役割を持ち生きいきと暮らせるまちづくり',
  '地域経済の活性化と雇用の創出（DXの推進を含む）',
  '持続可能な行財政運営',
];

describe('whether a status chart says anything', () => {
  test('not when every indicator is 未報告', () => {
    expect(statusChartInformative(spec(['計画全体', 'A', 'B'], { 未報告: [5, 2, 3] }))).toBe(false);
  });

  test('not when only neutral states occur', () => {
    expect(statusChartInformative(spec(['計画全体', 'A'], { 未報告: [3, 3], 評価対象外: [1, 1] }))).toBe(false);
  });

  test('not when every bar is the same single judged status', () => {
    expect(statusChartInformative(spec(['計画全体'], { 達成: [4] }))).toBe(false);
    expect(statusChartInformative(spec(['計画全体', 'A', 'B'], { 達成: [5, 2, 3] }))).toBe(false);
  });

  test('yes when two judged statuses occur, even in one bar', () => {
    expect(statusChartInformative(spec(['計画全体'], { 達成: [3], 遅れ: [1] }))).toBe(true);
  });

  test('with one judged status, yes when groups divide differently (A all 達成, B all 未報告)', () => {
    expect(statusChartInformative(spec(['計画全体', 'A', 'B'], { 達成: [2, 2, 0], 未報告: [2, 0, 2] }))).toBe(true);
  });

  test('with one judged status, not when every group divides alike (half 達成, half 未報告)', () => {
    expect(statusChartInformative(spec(['計画全体', 'A', 'B'], { 達成: [4, 1, 3], 未報告: [4, 1, 3] }))).toBe(false);
  });
});

describe('the status chart', () => {
  const seven = spec(SEVEN, { 達成: [10, 1, 2, 2, 2, 2, 1], 遅れ: [4, 1, 1, 0, 1, 1, 0], 未報告: [3, 0, 1, 1, 0, 1, 0] });

  test('draws every group name: Chart.js may not skip any', () => {
    const y = statusChartConfig(seven).options!.scales!.y as { ticks: { autoSkip: boolean } };
    expect(y.ticks.autoSkip).toBe(false);
  });

  test('at the height it asks for, sets every name whole, in at most three lines, none cut', () => {
    const height = statusChartHeight(seven, 476);
    const labels = statusLabels(seven, 476, height);
    expect(labels).toHaveLength(7);
    // Spaces at a break are dropped; nothing else is.
    expect(labels.map((l) => l.join('').replace(/ /g, ''))).toEqual(SEVEN.map((g) => g.replace(/ /g, '')));
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(3);
    expect(labels.flat().some((line) => line.endsWith('…'))).toBe(false);
  });

  test('grows with its groups and their lines', () => {
    const two = statusChartHeight(spec(['計画全体', '公民協奏の推進'], { 達成: [2, 2], 遅れ: [1, 1] }), 476);
    const sevenShort = statusChartHeight(
      spec(
        SEVEN.map((_, i) => `目標${i}`),
        { 達成: [1, 1, 1, 1, 1, 1, 1], 遅れ: [1, 1, 1, 1, 1, 1, 1] },
      ),
      476,
    );
    expect(two).toBeLessThan(sevenShort);
    expect(sevenShort).toBeLessThan(statusChartHeight(seven, 476));
    // 7 bands of at least 22 pt, plus axis and legend.
    expect(sevenShort).toBeGreaterThanOrEqual(7 * 22);
  });

  test('drawn lower than it asks, still names every group, cutting names with 「…」 as the last resort', () => {
    const labels = statusLabels(seven, 476, 150);
    expect(labels).toHaveLength(7);
    for (const l of labels) expect(l).toHaveLength(1);
    expect(labels[0]).toEqual(['計画全体']);
    expect(labels[4]![0]!.endsWith('…')).toBe(true);
  });

  test('has a count axis of whole numbers from zero', () => {
    const x = statusChartConfig(seven).options!.scales!.x as { min: number; max: number };
    // Longest bar 17: 0–17.85 in at most 6 whole steps of 5.
    expect([x.min, x.max]).toEqual([0, 20]);
  });
});
