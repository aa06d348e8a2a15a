// The project table: number, name, category for the year, department, SDGs goals.
import type { Project } from '../../model/project.ts';
import { cell, type Cell, type Table } from './blocks.ts';

function sdgGoals(project: Project): number[] {
  return [...new Set((project.sdgs ?? []).map((t) => Number(t.split('.')[0])))].sort((a, b) => a - b);
}

export function projectTable(projects: readonly Project[], year: number, byId: Map<string, Project>): Table {
  const rows = projects.map((p): Cell[] => {
    const category = p.categories?.get(year);
    const repeat = category === '再掲' && p.repeatOf ? byId.get(p.repeatOf) : undefined;
    return [
      cell(p.number ?? '—'),
      cell(p.name, repeat ? `再掲: ${repeat.number ?? repeat.id} ${repeat.name}` : undefined),
      cell(category ?? '—'),
      cell(p.departments.join('、')),
      cell(sdgGoals(p).join('・') || '—'),
    ];
  });
  return {
    kind: 'table',
    columns: [
      { header: 'No.', width: 30, align: 'center' },
      { header: '名称', width: '*' },
      { header: '区分', width: 44, align: 'center' },
      { header: '担当課', width: 110 },
      { header: 'SDGs', width: 60 },
    ],
    rows,
    footnote: '区分はこの年度のもの、SDGs はゴールの番号です。',
  };
}
