// The project table: number, name, category in the year's list, departments (canonical names), SDGs goals.
import type { PlanProgress } from '../../compute/plan-progress.ts';
import type { Project } from '../../model/project.ts';
import { formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import { walkNodes } from '../../model/walk.ts';
import { resultOfYear } from '../../compute/project-year.ts';
import { projectCodes } from '../project-code.ts';
import { cell, type Cell, type Table } from './blocks.ts';
import { nodeLabel } from './section-kit.ts';

/** The SDGs goals (1–17) of a project's targets, in order. */
export function sdgGoals(project: Project): number[] {
  return [...new Set((project.sdgs ?? []).map((t) => Number(t.split('.')[0])))].sort((a, b) => a - b);
}

export function projectTable(projects: readonly Project[], progress: PlanProgress): Table {
  const { data } = progress;
  const listYear = progress.projects.listYear;
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const code = projectCodes(data);
  const parents = new Map([...walkNodes(data.plan)].map((v) => [v.node.id, nodeLabel(data.plan.levels, v.depth, v.node)]));
  const rows = projects.map((p): Cell[] => {
    const category = listYear === undefined ? undefined : p.categories?.get(listYear);
    const repeat = category === '再掲' && p.repeatOf ? byId.get(p.repeatOf) : undefined;
    // A number like ① restarts under every node: the node it sits under makes it unambiguous.
    const where = parents.get(p.node);
    const result = resultOfYear(p, progress.year);
    // What the department reported for the year, in a line: the measure sheets of the annual report carry the rest.
    const reported =
      result &&
      [
        result.schedule && `工程 ${result.schedule}`,
        result.selfEvaluation && `自己評価 ${result.selfEvaluation}`,
        result.direction && `方向性 ${result.direction}`,
      ]
        .filter(Boolean)
        .join('・');
    return [
      cell(p.number === undefined ? '—' : code(p)),
      cell(
        p.name,
        [
          [where, repeat ? `再掲：${code(repeat)} ${repeat.name}` : undefined].filter(Boolean).join('　'),
          reported && `${formatWarekiFiscalYear(progress.year)}の実施結果：${reported}`,
        ]
          .filter(Boolean)
          .join('\n') || undefined,
      ),
      ...(listYear === undefined ? [] : [cell(category ?? '—')]),
      cell(data.projectDepartments.get(p)!.join('、') || '—'),
      cell(sdgGoals(p).join('・') || '—'),
    ];
  });
  const categoryNote = listYear === undefined ? '' : `区分は${formatWarekiFiscalYear(listYear)}の実施計画のもの、`;
  return {
    kind: 'table',
    columns: [
      { header: 'No.', align: 'center' },
      { header: '名称', prose: true },
      ...(listYear === undefined ? [] : [{ header: '区分', align: 'center' as const }]),
      { header: '担当課' },
      { header: 'SDGs' },
    ],
    rows,
    footnote: `${categoryNote}SDGs はゴールの番号です。`,
  };
}
