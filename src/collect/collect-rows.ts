// Pure: the rows of one department's 実績照会 sheet — each indicator it answers for, with what the
// department needs to see to fill in the year's actual.
import type { IndicatorRow, PlanProgress } from '../compute/plan-progress.ts';
import { actualKey } from '../load/collected-actuals.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import type { Actual } from '../model/indicator.ts';
import { nodeTitles } from '../model/walk.ts';
import { formatQuantity } from '../render/format-ja.ts';
import { baselineLine, guideText, indicatorTitle, targetLine } from '../render/indicator-text.ts';
import { projectLabel } from '../render/report/indicator-table.ts';

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
  baseline: string;
  /** The plan's target with its year: 「70%（令和7年度）」. */
  target: string;
  /** The year's 目安 where the plan sets no target for it; empty otherwise. */
  guide: string;
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
          project: projectLabel(r, p.data.plan.projectLevel),
          indicatorId: r.indicator.id,
          indicatorName: indicatorTitle(r.indicator),
          unit: r.indicator.unit,
          qualitative: r.indicator.direction === 'qualitative',
          baseline: baselineLine(r) || '—',
          target: targetLine(r) || '—',
          guide: guideText(r) ?? '',
          earlier: earlierActuals(r),
          year: p.year,
          current,
          fixed: current !== undefined && !collected.has(actualKey(p.data.plan.id, r.indicator.id, p.year)),
        };
      });
  });
}
