// The 総括's paragraph on the measures (事業・実施計画・事務事業): how many reported the year's
// result, and how their 工程 went and what comes next, counted.
import { reportingProjects, resultOfYear, resultRequest } from '../../compute/project-year.ts';
import type { PlanProgress } from '../../compute/plan-progress.ts';
import { FUTURE_DIRECTIONS, SCHEDULE_PROGRESS } from '../../model/vocabulary.ts';
import { formatNumber } from '../format-ja.ts';
import type { Block } from './blocks.ts';
import type { SectionKit } from './section-kit.ts';

function tally(values: readonly string[], order: readonly string[]): string {
  return order
    .flatMap((o) => {
      const n = values.filter((v) => v === o).length;
      return n > 0 ? [`${o} ${formatNumber(n)}件`] : [];
    })
    .join('、');
}

export function measuresSummary(kit: SectionKit, progress: PlanProgress): Block[] {
  const { year, data } = progress;
  const listYear = progress.projects.listYear ?? year;
  // A 再掲 row reports nothing of its own: it is counted once, as the project it repeats.
  const projects = reportingProjects(progress.projects.projects, progress);
  if (projects.length === 0 || !data.plan.projectLevel) return [];
  const results = projects.flatMap((p) => resultOfYear(p, year) ?? []);
  const waiting = projects.filter((p) => !resultOfYear(p, year)).map((p) => resultRequest(data.projectDepartments.get(p) ?? [], progress.requests).state);
  return kit.text('summary-measures', 2, {
    measures: {
      total: projects.length,
      relisted: progress.projects.projects.length - projects.length,
      completed: projects.filter((p) => p.categories?.get(listYear) === '完了・統合').length,
      // Nothing asked for yet: one plain sentence rather than a tally of a single state.
      noneAsked: results.length === 0 && waiting.every((w) => w === '照会前'),
      reported: results.length,
      schedule: tally(
        results.flatMap((r) => r.schedule ?? []),
        SCHEDULE_PROGRESS,
      ),
      direction: tally(
        results.flatMap((r) => r.direction ?? []),
        FUTURE_DIRECTIONS,
      ),
      waiting: tally(waiting, ['照会中', '未報告', '照会前']),
    },
  });
}
