// A project's results, from plan.yaml or a results CSV: a 自己評価 is read on the municipality's
// rubric, so a label it does not have would print a mark nobody can interpret; a CSV row must name
// a project of the plan, fall in its period, and not repeat a year already recorded.
import type { Rubric } from '../model/rubric.ts';
import { periodText } from './check-values.ts';
import type { Problem } from './problem.ts';
import { problemInProject, type SourcedPlan } from './sourced.ts';

const unknownLabel = (label: string, rubric: Rubric) =>
  `自己評価「${label}」は評価基準「${rubric.name}」の段階にありません（${rubric.bands.map((b) => `「${b.label}」`).join('、')}のどれかを書きます）`;

export function checkSelfEvaluations(sp: SourcedPlan, rubric: Rubric): Problem[] {
  const labels = rubric.bands.map((b) => b.label);
  return sp.projects.flatMap((sourced) =>
    [...(sourced.project.results ?? [])].flatMap(([year, result]) =>
      result.selfEvaluation === undefined || labels.includes(result.selfEvaluation)
        ? []
        : [problemInProject(sourced, ['results', String(year), 'selfEvaluation'], 'UNKNOWN_EVALUATION', unknownLabel(result.selfEvaluation, rubric))],
    ),
  );
}

export function checkResultRows(sp: SourcedPlan, rubric: Rubric): Problem[] {
  const { first, last } = sp.plan.period;
  const projects = new Map(sp.projects.map((p) => [p.project.id, p.project]));
  const seen = new Map<string, { file: string; line: number }>();
  const problems: Problem[] = [];
  for (const row of sp.resultRows) {
    const at = (column: string) => ({ file: row.file, line: row.line, where: `${row.line}行目「${column}」列` });
    const project = projects.get(row.projectId);
    if (!project) {
      problems.push({ code: 'UNKNOWN_PROJECT', ...at('事業ID'), message: `事業ID「${row.projectId}」は計画「${sp.plan.title}」にありません` });
      continue;
    }
    if (row.fiscalYear < first || row.fiscalYear > last) {
      problems.push({ code: 'YEAR_OUT_OF_PERIOD', ...at('年度'), message: `${row.fiscalYear}年度は${periodText(first, last)}の外です` });
    }
    const label = row.result.selfEvaluation;
    if (label !== undefined && !rubric.bands.some((b) => b.label === label))
      problems.push({ code: 'UNKNOWN_EVALUATION', ...at('自己評価'), message: unknownLabel(label, rubric) });
    if (row.result.settledCost !== undefined && row.result.settledCost < 0) {
      problems.push({
        code: 'IMPLAUSIBLE_VALUE',
        ...at('決算額（千円）'),
        message: `決算額「${row.result.settledCost}」が負の値です。千円単位の決算額を書きます`,
      });
    }
    const key = `${row.projectId}@${row.fiscalYear}`;
    const earlier = seen.get(key);
    if (project.results?.has(row.fiscalYear) || earlier) {
      const place = earlier ? `${earlier.file} の${earlier.line}行目` : '計画のYAMLファイル';
      problems.push({
        code: 'DUPLICATE_RESULT',
        ...at('年度'),
        message: `事業「${project.name}」の${row.fiscalYear}年度の実施結果は ${place}にもあります。どちらか一つにしてください`,
      });
    }
    seen.set(key, row);
  }
  return problems;
}
