// One indicator in one fiscal year: every figure a report prints, each with its context.
import type { PlanIndicator } from '../load/dataset.ts';
import type { Indicator } from '../model/indicator.ts';
import { formatCalendarDay } from '../model/fiscal-year.ts';
import type { Rubric } from '../model/rubric.ts';
import { decimalsOf, roundTo } from '../model/rounding.ts';
import { achievement, type Achievement } from './achievement.ts';
import { actualForYear, latestNumericActual, type ActualForYear } from './actual-for-year.ts';
import { collectionOf, type Collection, type Requests } from './collection.ts';
import type { Explained } from './explained.ts';
import { forecast, type Forecast } from './forecast.ts';
import { gap, pace, progressRate, type Pace } from './progress-rate.ts';
import { bandStatus, neutralStatus, topBandStatus, verdictStatus, type Status } from './status.ts';
import { finalTarget, measureOf, senseOf, startOf, targetForYear, type StatedTarget, type YearTarget } from './target-for-year.ts';

export interface IndicatorProgress extends PlanIndicator {
  year: number;
  target: YearTarget;
  /** The plan's final target. */
  final?: StatedTarget;
  actual: ActualForYear;
  /** The numeric actual the cumulative figures use: the year's, else the latest before it. */
  current?: { year: number; value: number };
  achievement?: Achievement;
  progress?: Explained;
  /** Why 進捗率 is not shown, when the figures exist but a target to hold has no way to go. */
  progressNote?: string;
  gapToTarget?: Explained;
  gapToFinal?: Explained;
  pace?: Pace;
  forecast?: Forecast;
  /** For a year without an actual: whether it has been asked for, and until when. */
  collection?: Collection;
  status: Status;
}

/** Everything but the status, which is read from the rest. */
type Figures = Omit<IndicatorProgress, 'status'>;

/** What the year's figure is compared with, in words: 「2024年度の目標値」, 「2024年度の目安」, 「目標値（2025年度）」. */
function measureName(t: YearTarget, year: number): string {
  if (t.kind === 'stated') return `${year}年度の目標値`;
  if (t.kind === 'guide') return `${year}年度の目安`;
  return t.kind === 'none' || t.stated.fiscalYear === undefined ? '目標値' : `目標値（${t.stated.fiscalYear}年度）`;
}

export function indicatorProgress(pi: PlanIndicator, year: number, rubric: Rubric, requests: Requests): IndicatorProgress {
  const { indicator, decimals } = pi;
  const sense = senseOf(indicator);
  const target = targetForYear(indicator, year, decimals);
  const final = finalTarget(indicator);
  const actual = actualForYear(indicator, year);
  const current = latestNumericActual(indicator, year);
  const value = actual.reported ? actual.actual.value : undefined;
  const start = startOf(indicator);
  const finalPoint = final?.fiscalYear !== undefined ? { year: final.fiscalYear, value: final.value } : undefined;
  const numeric = indicator.direction !== 'qualitative';
  const measure = measureOf(target);
  // Derived figures keep the document's precision, or a reported actual's when it has more.
  const precision = (...actuals: number[]) => Math.max(decimals, ...actuals.map(decimalsOf));

  const collection = actual.reported ? undefined : collectionOf(pi.departments, requests);
  const result: Figures = { ...pi, year, target, final, actual, current, collection };
  if (numeric && value !== undefined && measure !== undefined) {
    result.achievement = achievement(indicator, value, measure, target.kind === 'guide' ? '目安' : '目標値');
    result.gapToTarget = gap(value, measure, sense, measureName(target, year), precision(value));
  }
  if (numeric && current) {
    if (final) result.gapToFinal = gap(current.value, final.value, sense, '最終目標値', precision(current.value));
    if (final && start) {
      const rate = progressRate(current.value, start, final.value, sense);
      if ('rate' in rate) result.progress = rate.rate;
      else result.progressNote = rate.note;
    }
    result.pace = pace(current, start ?? earliestActual(indicator), finalPoint, sense, precision(current.value));
    if (finalPoint && finalPoint.year > current.year) {
      const points = [...(start ? [start] : []), ...numericActuals(indicator, year)];
      const f = forecast(points, finalPoint, sense);
      if (f) {
        // Whether the printed forecast reaches the target, so the words never contradict the figure.
        const value = roundTo(f.value, precision(current.value));
        result.forecast = { ...f, value, meetsFinal: sense * (value - finalPoint.value) >= 0 };
      }
    }
  }
  return { ...result, status: statusFor(result, rubric) };
}

function numericActuals(indicator: Indicator, upTo: number): Array<{ year: number; value: number }> {
  return [...(indicator.actuals ?? [])].filter(([y, a]) => y <= upTo && a.value !== undefined).map(([y, a]) => ({ year: y, value: a.value! }));
}

function earliestActual(indicator: Indicator): { year: number; value: number } | undefined {
  return numericActuals(indicator, Number.POSITIVE_INFINITY).sort((a, b) => a.year - b.year)[0];
}

/** The status from 達成率: its band, where a target missed is never the top band; or met and nothing more. */
function byAchievement(p: Figures, rubric: Rubric, basis: string): Status {
  const a = p.achievement!;
  if (a.ratio) return bandStatus(rubric, a.ratio.value, basis);
  return a.met ? topBandStatus(rubric, a.note ?? '目標を満たしています') : neutralStatus(rubric, '評価不能', a.note ?? '達成率を計算できません');
}

function collectionStatus(c: Collection, year: number, rubric: Rubric): Status {
  if (c.state === '照会前') return neutralStatus(rubric, '照会前', `${year}年度の実績はまだ照会していません`);
  if (c.state === '照会中')
    return neutralStatus(
      rubric,
      '照会中',
      c.deadline ? `${formatCalendarDay(c.deadline)}までの報告を依頼しています` : '報告を依頼しています（提出期限の設定なし）',
    );
  return neutralStatus(rubric, '未報告', `提出期限（${formatCalendarDay(c.deadline)}）を過ぎても${year}年度の実績が報告されていません`);
}

function statusFor(p: Figures, rubric: Rubric): Status {
  if (!p.actual.reported) return collectionStatus(p.collection ?? { state: '照会前' }, p.year, rubric);
  const { state, value } = p.actual.actual;
  if (state === '評価不能' || state === '未着手' || state === '中止') return neutralStatus(rubric, state, `報告された状況「${state}」`);
  if (state === '達成' || state === '一部達成' || state === '未達成') {
    if (p.indicator.direction === 'qualitative' || value === undefined) return verdictStatus(rubric, state);
  }
  if (p.indicator.direction === 'qualitative' || value === undefined)
    return neutralStatus(rubric, '評価不能', '状況（達成・一部達成・未達成）が報告されていません');
  const againstGuide = p.target.kind === 'guide' ? '（目安に対して）' : '';
  if (rubric.basis === '進捗率') {
    if (p.progress) return bandStatus(rubric, p.progress.value);
    // A target to hold has no way to go: whether it is held is the whole story.
    if (p.progressNote && p.achievement) return byAchievement(p, rubric, `達成率${againstGuide}`);
    return neutralStatus(rubric, '評価不能', '基準値か最終目標値がないため進捗率を計算できません');
  }
  if (p.target.kind === 'none') return neutralStatus(rubric, '評価対象外', p.target.reason);
  return byAchievement(p, rubric, `${rubric.basis}${againstGuide}`);
}
