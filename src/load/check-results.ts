// A project's 自己評価 is read on the municipality's rubric, so a label it does not have would
// print a mark nobody can interpret.
import type { Rubric } from '../model/rubric.ts';
import type { Problem } from './problem.ts';
import { problemInProject, type SourcedPlan } from './sourced.ts';

export function checkSelfEvaluations(sp: SourcedPlan, rubric: Rubric): Problem[] {
  const labels = rubric.bands.map((b) => b.label);
  return sp.projects.flatMap((sourced) =>
    [...(sourced.project.results ?? [])].flatMap(([year, result]) =>
      result.selfEvaluation === undefined || labels.includes(result.selfEvaluation)
        ? []
        : [problemInProject(sourced, ['results', String(year), 'selfEvaluation'], 'UNKNOWN_EVALUATION', `自己評価「${result.selfEvaluation}」は評価基準「${rubric.name}」の段階にありません（${labels.map((l) => `「${l}」`).join('、')}のどれかを書きます）`)],
    ),
  );
}
