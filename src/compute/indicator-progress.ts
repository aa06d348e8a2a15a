// One indicator in one fiscal year: every figure a report prints, each with its context.
import type { Indicator } from '../model/indicator.ts';
import type { Rubric } from '../model/rubric.ts';
import type { IndicatorScope } from '../model/walk.ts';
import { achievement, type Achievement } from './achievement.ts';
import { actualForYear, latestNumericActual, type ActualForYear } from './actual-for-year.ts';
import type { Explained } from './explained.ts';
import { forecast, type Forecast } from './forecast.ts';
import { gap, pace, progressRate, type Pace } from './progress-rate.ts';
import { bandStatus, neutralStatus, topBandStatus, verdictStatus, type Status } from './status.ts';
import { finalTargetValue, senseOf, targetForYear, type FinalTargetValue, type TargetForYear } from './target-for-year.ts';

export interface IndicatorProgress {
  indicator: Indicator;
  scope: IndicatorScope;
  year: number;
  target: TargetForYear;
  final?: FinalTargetValue;
  actual: ActualForYear;
  /** The numeric actual the cumulative figures use: the year's, else the latest before it. */
  current?: { year: number; value: number };
  achievement?: Achievement;
  progress?: Explained;
  gapToTarget?: Explained;
  gapToFinal?: Explained;
  pace?: Pace;
  forecast?: Forecast;
  status: Status;
}

export function indicatorProgress(indicator: Indicator, scope: IndicatorScope, year: number, planFirstYear: number, rubric: Rubric): IndicatorProgress {
  const sense = senseOf(indicator);
  const target = targetForYear(indicator, year, planFirstYear);
  const final = finalTargetValue(indicator);
  const actual = actualForYear(indicator, year);
  const current = latestNumericActual(indicator, year);
  const value = actual.reported ? actual.actual.value : undefined;
  const base = indicator.baseline;
  const start = base?.value !== undefined && base.fiscalYear !== undefined ? { year: base.fiscalYear, value: base.value } : undefined;
  const finalPoint = final?.fiscalYear !== undefined ? { year: final.fiscalYear, value: final.value } : undefined;
  const numeric = indicator.direction !== 'qualitative';

  const result: IndicatorProgress = { indicator, scope, year, target, final, actual, current, status: neutralStatus(rubric, '未報告', `${year}年度の実績が報告されていません`) };
  if (numeric && value !== undefined && target.kind !== 'none') {
    result.achievement = achievement(indicator, value, target.value);
    result.gapToTarget = gap(value, target.value, sense, `${year}年度の目標値`);
  }
  if (numeric && current) {
    if (final) result.gapToFinal = gap(current.value, final.value, sense, '最終目標値');
    if (final && base?.value !== undefined) result.progress = progressRate(current.value, base.value, final.value, sense);
    const firstActual = earliestActual(indicator);
    result.pace = pace(current, start ?? firstActual, finalPoint, sense);
    if (finalPoint && finalPoint.year > current.year) {
      const points = [...(start ? [start] : []), ...numericActuals(indicator, year)];
      result.forecast = forecast(points, finalPoint, sense);
    }
  }
  result.status = statusFor(result, rubric);
  return result;
}

function numericActuals(indicator: Indicator, upTo: number): Array<{ year: number; value: number }> {
  return [...(indicator.actuals ?? [])].filter(([y, a]) => y <= upTo && a.value !== undefined).map(([y, a]) => ({ year: y, value: a.value! }));
}

function earliestActual(indicator: Indicator): { year: number; value: number } | undefined {
  return numericActuals(indicator, Number.POSITIVE_INFINITY).sort((a, b) => a.year - b.year)[0];
}

function statusFor(p: IndicatorProgress, rubric: Rubric): Status {
  if (!p.actual.reported) return neutralStatus(rubric, '未報告', `${p.year}年度の実績が報告されていません`);
  const { state, value } = p.actual.actual;
  if (state === '評価不能' || state === '未着手' || state === '中止') return neutralStatus(rubric, state, `報告された状況「${state}」`);
  if (state === '達成' || state === '一部達成' || state === '未達成') {
    if (p.indicator.direction === 'qualitative' || value === undefined) return verdictStatus(rubric, state);
  }
  if (p.indicator.direction === 'qualitative' || value === undefined) return neutralStatus(rubric, '評価不能', '状況（達成・一部達成・未達成）が報告されていません');
  if (rubric.basis === '進捗率') {
    return p.progress ? bandStatus(rubric, p.progress.value) : neutralStatus(rubric, '評価不能', '基準値か最終目標値がないため進捗率を計算できません');
  }
  if (p.target.kind === 'none') return neutralStatus(rubric, '評価対象外', p.target.reason);
  const a = p.achievement!;
  if (a.ratio) return bandStatus(rubric, a.ratio.value);
  return a.met ? topBandStatus(rubric, a.note ?? '目標を満たしています') : neutralStatus(rubric, '評価不能', a.note ?? '達成率を計算できません');
}
