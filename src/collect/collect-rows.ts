// Pure: the rows of one department's 実績照会 sheet — each indicator it answers for, with what the
// department needs to see to fill in the year's actual.
import type { IndicatorRow, PlanProgress } from '../compute/plan-progress.ts';
import { actualKey } from '../load/collected-actuals.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { Actual } from '../model/indicator.ts';
import { nodeTitles } from '../model/walk.ts';
import { formatQuantity } from '../render/format-ja.ts';
import { baselineParts, indicatorTitle, statedTargetYear, targetText } from '../render/indicator-text.ts';
import { projectLabel } from '../render/report/indicator-table.ts';
import { projectCodes } from '../render/project-code.ts';

export interface CollectRow {
  municipalityId: string;
  planId: string;
  planTitle: string;
  /** 基本目標 > 施策: the titles above the indicator. */
  node: string;
  project?: string;
  indicatorId: string;
  indicatorName: string;
  unit?: string;
  qualitative: boolean;
  /** The figure as a number (with `decimals` places), or the plan's words when it states none. */
  baseline?: number | string;
  baselineWhen?: string;
  target?: number | string;
  /** 「令和7年度・最終」. */
  targetWhen?: string;
  /** The year's 目安 where the plan sets no target for it. */
  guide?: number;
  /** What a figure alone does not say: 「以上を維持」, the document's ※ notes, that a 目安 is not a target. */
  marks: string;
  /** Decimals the plan's figures use: the number format of the sheet's figures. */
  decimals: number;
  /** The latest earlier actuals: 「令和4年度 55事業、令和5年度 60事業」. */
  earlier: string;
  year: number;
  /** The year's actual when there already is one. */
  current?: Actual;
  /** The year's actual is transcribed from a document (plan.yaml or a hand-made CSV): shown, not editable. */
  fixed: boolean;
}

const EARLIER_SHOWN = 3;

function actualText(a: Actual, unit: string | undefined): string {
  return a.value !== undefined ? formatQuantity(a.value, unit) : (a.state ?? a.text ?? '—');
}

function earlierActuals(r: IndicatorRow): string {
  const earlier = [...(r.indicator.actuals ?? [])].filter(([y]) => y < r.year).sort(([a], [b]) => a - b);
  return earlier
    .slice(-EARLIER_SHOWN)
    .map(([y, a]) => `${formatWarekiFiscalYear(y)} ${actualText(a, r.indicator.unit)}`)
    .join('、');
}

/** A plan that names a target in words as its indicator does: the cell says so rather than repeat three lines. */
const wordsOrSame = (words: string | undefined, title: string) => (words !== undefined && words === title ? '指標名のとおり' : words);

/** Baseline, target and 目安 as numbers, with what the numbers alone do not say in `marks`. */
function figures(r: IndicatorRow): Pick<CollectRow, 'baseline' | 'baselineWhen' | 'target' | 'targetWhen' | 'guide' | 'marks' | 'decimals'> {
  const i = r.indicator;
  const stated = r.target.stated;
  const target = stated?.final ? i.finalTarget : i.targets?.get(stated?.fiscalYear ?? r.year);
  // As statedTargetText words it: the comparator, and 「を維持」 where the document says so.
  const condition = stated
    ? `${stated.comparator && stated.comparator !== '一致' ? stated.comparator : ''}${stated.text && /を維持/.test(stated.text) ? 'を維持' : ''}`
    : '';
  const marks = [
    condition && `目標は${condition}`,
    i.baseline?.footnote && `※基準値：${i.baseline.footnote}`,
    target?.footnote && `※目標値：${target.footnote}`,
    r.target.kind === 'guide' && '目安は計画の目標値ではありません（前後の値を結ぶ直線から求めた参考の値）',
  ].filter(Boolean);
  return {
    baseline: i.baseline?.value ?? i.baseline?.text,
    baselineWhen: baselineParts(r)?.when,
    target: stated?.value ?? wordsOrSame(targetText(r), indicatorTitle(i)),
    targetWhen: stated ? statedTargetYear(stated) : undefined,
    guide: r.target.kind === 'guide' ? r.target.value : undefined,
    marks: marks.join('\n'),
    decimals: r.decimals,
  };
}

/**
 * The department's rows across the plans, in plan order. `collected` holds the keys of actuals that
 * came from earlier imports (those stay editable).
 */
export function collectRows(municipalityId: string, department: string, plans: readonly PlanProgress[], collected: ReadonlySet<string>): CollectRow[] {
  return plans.flatMap((p) => {
    const titles = nodeTitles(p.data.plan);
    return p.rows
      .filter((r) => r.departments.includes(department))
      .map((r): CollectRow => {
        const current = r.indicator.actuals?.get(p.year);
        return {
          municipalityId,
          planId: p.data.plan.id,
          planTitle: p.data.plan.title,
          node: r.nodePath.map((id) => titles.get(id) ?? id).join(' > '),
          project: projectLabel(r, p.data.plan.projectLevel, projectCodes(p.data)),
          indicatorId: r.indicator.id,
          indicatorName: indicatorTitle(r.indicator),
          unit: r.indicator.unit,
          qualitative: r.indicator.direction === 'qualitative',
          ...figures(r),
          earlier: earlierActuals(r),
          year: p.year,
          current,
          fixed: current !== undefined && !collected.has(actualKey(p.data.plan.id, r.indicator.id, p.year)),
        };
      });
  });
}
