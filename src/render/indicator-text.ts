// How an indicator's targets read wherever they are printed (reports, mails, the 実績照会 sheet and
// `progress`): the plan's own target with its comparator and year, and a derived 目安 always named
// as one, so no derived figure is ever taken for a target the plan set.
import type { IndicatorRow } from '../compute/plan-progress.ts';
import type { Anchor, StatedTarget, YearTarget } from '../compute/target-for-year.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { Indicator } from '../model/indicator.ts';
import { formatQuantity } from './format-ja.ts';

/** 「1999年度からの累計」 for a running total. */
export function cumulativeLabel(indicator: Indicator): string | undefined {
  return indicator.accumulation === '累計' && indicator.cumulativeFrom !== undefined ? `${indicator.cumulativeFrom}年度からの累計` : undefined;
}

/** The indicator's name, with where a running total starts unless the name already says it. */
export function indicatorTitle(indicator: Indicator): string {
  const label = cumulativeLabel(indicator);
  return label && !indicator.name.includes('累計') ? `${indicator.name}（${label}）` : indicator.name;
}

/** 「85%以上を維持」, 「30日以内」, 「8,308,557千円」: the value, its unit and the plan's comparator. */
export function statedTargetText(t: StatedTarget, unit: string | undefined): string {
  const comparator = t.comparator && t.comparator !== '一致' ? t.comparator : '';
  // 「を維持」 only where the document says it: a comparator alone is a level, not a promise to hold it.
  const maintain = t.text && /を維持/.test(t.text) ? 'を維持' : '';
  return `${formatQuantity(t.value, unit)}${comparator}${maintain}`;
}

/** 「令和7年度」, or what the document says of a final target without a year. */
export function statedTargetYear(t: StatedTarget): string {
  if (t.fiscalYear === undefined) return '最終目標（年度の記載なし）';
  return `${formatWarekiFiscalYear(t.fiscalYear)}${t.final ? '・最終' : ''}`;
}

/** The plan's target for a row, or its words for an indicator without a number. */
export function targetText(r: IndicatorRow): string | undefined {
  if (r.target.stated) return statedTargetText(r.target.stated, r.indicator.unit);
  return r.indicator.targets?.get(r.year)?.text ?? r.indicator.finalTarget?.text;
}

/** 「70%（令和7年度）」: target and year on one line, for mails, sheets and plain text. */
export function targetLine(r: IndicatorRow): string {
  const text = targetText(r);
  if (!text) return '';
  return r.target.stated ? `${text}（${statedTargetYear(r.target.stated)}）` : text;
}

/** The year's 目安, when the year is measured against one. */
export function guideText(r: IndicatorRow): string | undefined {
  return r.target.kind === 'guide' ? formatQuantity(r.target.value, r.indicator.unit) : undefined;
}

const PLACES = ['整数', '小数第1位', '小数第2位', '小数第3位'];

/** How a 目安 was found, in words a reader can check by hand. */
export function guideDerivation(t: Extract<YearTarget, { kind: 'guide' }>, unit: string | undefined): string {
  const point = (a: Anchor) => `${a.label} ${formatQuantity(a.value, unit)}（${formatWarekiFiscalYear(a.year)}${a.kind === 'origin' ? '末' : ''}）`;
  return `${point(t.from)}と${point(t.to)}を結ぶ直線上の値を、${PLACES[t.decimals] ?? `小数第${t.decimals}位`}に四捨五入`;
}

/** What the year's 達成率 and status were measured against, in words. */
export function measureBasis(r: IndicatorRow): string {
  const t = r.target;
  switch (t.kind) {
    case 'stated':
      return 'この年度の目標値';
    case 'threshold':
      return `水準の目標値（${statedTargetYear(t.stated)}）`;
    case 'final-passed':
      return `最終目標値（${statedTargetYear(t.stated)}、年度経過）`;
    case 'guide':
      return '目安（計画の目標値ではありません）';
    case 'none':
      return t.reason;
  }
}

/** The baseline and when it was: 「71,797千円」 and 「令和3年度・累計の始まる前」. */
export function baselineParts(r: IndicatorRow): { text: string; when?: string } | undefined {
  const i = r.indicator;
  const b = i.baseline;
  if (!b) return undefined;
  const text = b.value !== undefined ? formatQuantity(b.value, i.unit) : (b.text ?? '—');
  // A point in time within the year (「2021年12月時点」) says more than the fiscal year; 「年度末時点」 does not.
  const when = b.fiscalYear !== undefined && !(b.asOf && /月/.test(b.asOf)) ? formatWarekiFiscalYear(b.fiscalYear) : b.asOf;
  // A figure from before a running total starts is not part of it (a plan's 「4年間累計」).
  const outside = i.accumulation === '累計' && i.cumulativeFrom !== undefined && b.fiscalYear !== undefined && b.fiscalYear < i.cumulativeFrom;
  return { text, when: outside ? `${when}・累計の始まる前` : when };
}

/** 「71,797千円（令和3年度・累計の始まる前）」: the baseline on one line, for sheets and plain text. */
export function baselineLine(r: IndicatorRow): string {
  const b = baselineParts(r);
  return b ? `${b.text}${b.when ? `（${b.when}）` : ''}` : '';
}

/** The latest numeric actual before an unreported year: 「令和4年度 55事業」. */
export function latestActualText(r: IndicatorRow): string | undefined {
  const latest = r.actual.reported ? undefined : r.actual.latest;
  return latest?.actual.value !== undefined ? `${formatWarekiFiscalYear(latest.year)} ${formatQuantity(latest.actual.value, r.indicator.unit)}` : undefined;
}
