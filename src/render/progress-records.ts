// Indicator rows as flat records of display strings: what the table and the CSV show.
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { IndicatorRow } from '../compute/plan-progress.ts';
import { nodeTitles, type PlanData } from '../model/walk.ts';
import { collectionLabel } from './collection-text.ts';
import { formatPercent, formatQuantity, formatSigned } from './format-ja.ts';
import { baselineLine, guideText, indicatorTitle, measureBasis, statedTargetText, statedTargetYear, targetText } from './indicator-text.ts';

export const RECORD_COLUMNS = [
  '計画ID',
  '計画',
  '階層',
  '事業',
  '指標ID',
  '指標名',
  '単位',
  '基準値',
  '目標値',
  '目標値の年度',
  '目安',
  '比べた値',
  '実績値',
  '実績の年度',
  '達成率',
  '進捗率',
  '進捗率を示さない理由',
  '差',
  '最終目標値',
  '最終目標との差',
  '必要な年間変化',
  'これまでの年間変化',
  '見通し',
  '状況',
  '判定',
  '担当課',
  '再掲',
  '他の計画の同じ指標',
] as const;
export type ProgressRecord = Record<(typeof RECORD_COLUMNS)[number], string>;

export function progressRecords(data: PlanData, rows: readonly IndicatorRow[]): ProgressRecord[] {
  const titles = nodeTitles(data.plan);
  return rows.map((r) => {
    const unit = r.indicator.unit;
    const q = (v: number | undefined) => (v === undefined ? '' : formatQuantity(v, unit));
    const actual = r.actual;
    const actualText = actual.reported
      ? actual.actual.value !== undefined
        ? q(actual.actual.value)
        : (actual.actual.state ?? actual.actual.text ?? '')
      : `${collectionLabel(r.collection ?? { state: '照会前' })}${actual.latest?.actual.value !== undefined ? `（最新: ${formatWarekiFiscalYear(actual.latest.year)} ${q(actual.latest.actual.value)}）` : ''}`;
    const f = r.forecast;
    return {
      計画ID: data.plan.id,
      計画: data.plan.title,
      階層: r.nodePath.map((id) => titles.get(id) ?? id).join(' > '),
      事業: r.scope.kind === 'project' ? `${r.scope.project.name}${r.scope.part ? `（${r.scope.part.name}）` : ''}` : '',
      指標ID: r.indicator.id,
      指標名: indicatorTitle(r.indicator),
      単位: unit && unit !== 'なし' ? unit : '',
      基準値: baselineLine(r),
      目標値: targetText(r) ?? '',
      目標値の年度: r.target.stated ? statedTargetYear(r.target.stated) : '',
      目安: guideText(r) ?? '',
      比べた値: measureBasis(r),
      実績値: actualText,
      実績の年度: r.current ? String(r.current.year) : '',
      達成率: r.achievement?.ratio ? formatPercent(r.achievement.ratio.value) : '',
      進捗率: r.progress ? formatPercent(r.progress.value) : '',
      進捗率を示さない理由: r.progressNote ?? '',
      差: r.gapToTarget ? formatSigned(r.gapToTarget.value, unit) : '',
      最終目標値: r.final ? `${statedTargetText(r.final, unit)}（${statedTargetYear(r.final)}）` : (r.indicator.finalTarget?.text ?? ''),
      最終目標との差: r.gapToFinal ? formatSigned(r.gapToFinal.value, unit) : '',
      必要な年間変化: r.pace?.needed ? formatSigned(r.pace.needed.value, unit) : '',
      これまでの年間変化: r.pace?.achieved ? formatSigned(r.pace.achieved.value, unit) : '',
      見通し: f ? `${formatWarekiFiscalYear(f.finalYear)}に${q(f.value)}（${f.method}）${f.meetsFinal ? '達成見込み' : '未達の見込み'}` : '',
      状況: `${r.status.symbol ? `${r.status.symbol} ` : ''}${r.status.label}`,
      判定: r.status.reason,
      担当課: r.departments.join('、'),
      再掲: r.relistedIn.map((p) => `${p.number ?? p.id} ${p.name}`).join('、'),
      他の計画の同じ指標: r.sameMeasure.map((s) => `${s.planTitle} ${s.indicatorId}`).join('、'),
    };
  });
}
