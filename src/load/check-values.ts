// Cross-checks of years and figures: pure functions over validated, sourced data.
import type { Indicator } from '../model/indicator.ts';
import { formatWarekiFiscalYear } from '../model/fiscal-year.ts';
import { type Path, walkPlanIndicators, walkProjectIndicators } from '../model/walk.ts';
import type { ActionPlan } from '../model/project.ts';
import type { ActualRow } from './actuals-csv.ts';
import { implausibility } from './plausible.ts';
import type { Problem, ProblemCode } from './problem.ts';
import { problemAt, problemInProject, type SourcedPlan } from './sourced.ts';

type Report = (path: Path, code: ProblemCode, message: string) => Problem;

export function periodText(first: number, last: number): string {
  return `計画期間（${first}〜${last}年度）`;
}

/** Years that must fall inside the plan period; baselines may lie before it and final targets after it. */
function yearProblems(first: number, last: number, years: Iterable<[number, Path]>, report: Report): Problem[] {
  const out: Problem[] = [];
  for (const [year, path] of years) {
    if (year < first || year > last) {
      out.push(report(path, 'YEAR_OUT_OF_PERIOD', `${formatWarekiFiscalYear(year)}（${year}年度）は${periodText(first, last)}の外です`));
    }
  }
  return out;
}

function* mapYears<T>(map: Map<number, T> | undefined, path: Path): Generator<[number, Path]> {
  for (const year of map?.keys() ?? []) yield [year, [...path, String(year)]];
}

function* actionPlanYears(plans: ActionPlan[] | undefined, path: Path): Generator<[number, Path]> {
  for (const [i, a] of (plans ?? []).entries()) {
    yield [a.from, [...path, i, 'from']];
    yield [a.to, [...path, i, 'to']];
  }
}

function indicatorProblems(indicator: Indicator, first: number, last: number, report: Report): Problem[] {
  const out = yearProblems(
    first,
    last,
    [...mapYears(indicator.targets, ['targets']), ...mapYears(indicator.actuals, ['actuals']), ...mapYears(indicator.verification, ['verification'])],
    report,
  );
  const baselineYear = indicator.baseline?.fiscalYear;
  if (baselineYear !== undefined && baselineYear > last) {
    out.push(report(['baseline', 'fiscalYear'], 'YEAR_OUT_OF_PERIOD', `基準値の年度（${baselineYear}年度）が${periodText(first, last)}より後です`));
  }
  const finalYear = indicator.finalTarget?.fiscalYear;
  if (finalYear !== undefined && finalYear < first) {
    out.push(report(['finalTarget', 'fiscalYear'], 'YEAR_OUT_OF_PERIOD', `最終目標の年度（${finalYear}年度）が${periodText(first, last)}より前です`));
  }
  if (indicator.accumulation === '累計' && indicator.cumulativeFrom === undefined) {
    out.push(
      report(
        ['accumulation'],
        'MISSING_FIELD',
        '累計の指標には、累計の起点の年度（cumulativeFrom。例: 「1999年度からの累計」なら 1999、計画期間の「4年間累計」なら計画の初年度）を書きます',
      ),
    );
  }
  if (indicator.cumulativeFrom !== undefined && indicator.accumulation !== '累計') {
    out.push(report(['cumulativeFrom'], 'INVALID', '累計の起点（cumulativeFrom）は、accumulation: 累計 の指標にだけ書きます'));
  }
  if (indicator.direction === 'qualitative') return out;

  if (!indicator.unit) {
    out.push(report(['unit'], 'MISSING_UNIT', '数値の指標には単位（unit）が必要です。言葉だけの指標なら direction を qualitative にします'));
  }
  const wordsOnly = '数値（value）がありません。言葉だけの目標なら direction を qualitative にします';
  for (const [year, target] of indicator.targets ?? []) {
    if (target.value === undefined && target.change === undefined) out.push(report(['targets', String(year)], 'MISSING_NUMBER', `目標値に${wordsOnly}`));
  }
  const final = indicator.finalTarget;
  if (final && final.value === undefined && final.change === undefined) {
    out.push(report(['finalTarget'], 'MISSING_NUMBER', `最終目標に${wordsOnly}`));
  }
  for (const [year, actual] of indicator.actuals ?? []) {
    if (actual.value === undefined && actual.state === undefined) {
      out.push(report(['actuals', String(year)], 'MISSING_NUMBER', '実績値に数値（value）も状況（state）もありません'));
    }
  }
  return out;
}

export function checkPlanValues(sp: SourcedPlan): Problem[] {
  const { plan, yaml } = sp;
  const { first, last } = plan.period;
  const problems: Problem[] = [];
  const inPlan: Report = (path, code, message) => problemAt(yaml, path, code, message);

  problems.push(
    ...yearProblems(
      first,
      last,
      (plan.implementationYears ?? []).map((y, i): [number, Path] => [y.fiscalYear, ['implementationYears', i, 'fiscalYear']]),
      inPlan,
    ),
  );
  for (const { indicator, path } of walkPlanIndicators(plan)) {
    problems.push(...indicatorProblems(indicator, first, last, (p, code, message) => inPlan([...path, ...p], code, message)));
  }
  for (const sourced of sp.projects) {
    const { project } = sourced;
    const inProject: Report = (path, code, message) => problemInProject(sourced, path, code, message);
    problems.push(
      ...yearProblems(
        first,
        last,
        [
          ...mapYears(project.categories, ['categories']),
          ...mapYears(project.nextYearPolicy, ['nextYearPolicy']),
          ...mapYears(project.results, ['results']),
          ...actionPlanYears(project.actionPlans, ['actionPlans']),
          ...(project.parts ?? []).flatMap((part, p) => [...actionPlanYears(part.actionPlans, ['parts', p, 'actionPlans'])]),
          ...(project.budgets ?? []).map((b, i): [number, Path] => [b.fiscalYear, ['budgets', i, 'fiscalYear']]),
        ],
        inProject,
      ),
    );
    for (const { indicator, path } of walkProjectIndicators(project)) {
      problems.push(...indicatorProblems(indicator, first, last, (p, code, message) => inProject([...path, ...p], code, message)));
    }
  }
  return problems;
}

/** CSV actuals must name an indicator of the plan, fall in its period, and not repeat a year already recorded. */
export function checkActualRows(sp: SourcedPlan, indicators: Map<string, Indicator>): Problem[] {
  const { first, last } = sp.plan.period;
  const seen = new Map<string, ActualRow>();
  const problems: Problem[] = [];
  for (const row of sp.actualRows) {
    const at = (column: string) => ({ file: row.file, line: row.line, where: `${row.line}行目「${column}」列` });
    const indicator = indicators.get(row.indicatorId);
    if (!indicator) {
      problems.push({ code: 'UNKNOWN_INDICATOR', ...at('指標ID'), message: `指標ID「${row.indicatorId}」は計画「${sp.plan.title}」にありません` });
      continue;
    }
    const unit = indicator.unit?.normalize('NFKC');
    if (row.writtenUnit !== undefined && row.writtenUnit !== unit) {
      problems.push({
        code: 'NOT_A_NUMBER',
        ...at('実績値'),
        message: `単位「${row.writtenUnit}」は、この指標の単位（${indicator.unit ?? 'なし'}）と違います`,
      });
      continue;
    }
    const odd =
      row.actual.value !== undefined && indicator.direction !== 'qualitative' ? implausibility(row.actual.value, indicator, row.fiscalYear) : undefined;
    if (odd) problems.push({ code: 'IMPLAUSIBLE_VALUE', ...at('実績値'), message: odd });
    if (row.fiscalYear < first || row.fiscalYear > last) {
      problems.push({ code: 'YEAR_OUT_OF_PERIOD', ...at('年度'), message: `${row.fiscalYear}年度は${periodText(first, last)}の外です` });
    }
    const key = `${row.indicatorId}@${row.fiscalYear}`;
    const earlier = seen.get(key);
    if (indicator.actuals?.has(row.fiscalYear) || earlier) {
      const place = earlier ? `${earlier.file} の${earlier.line}行目` : '計画のYAMLファイル';
      problems.push({
        code: 'DUPLICATE_ACTUAL',
        ...at('年度'),
        message: `指標「${indicator.name}」の${row.fiscalYear}年度の実績は ${place}にもあります。どちらか一つにしてください`,
      });
    }
    seen.set(key, row);
  }
  return problems;
}
