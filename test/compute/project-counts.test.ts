// The 2024 implementation plan's tables, computed from the seeds' rows, must equal the tables the document printed.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCounts, sdgGoalCounts } from '../../src/compute/project-counts.ts';
import { loadData } from '../../src/load/load-data.ts';
import type { PlanData } from '../../src/model/walk.ts';
import { ProjectsFile } from '../../src/model/project.ts';

let kyodo: PlanData;
beforeAll(async () => {
  const result = await loadData(path.join(import.meta.dirname, '..', '..', 'seeds'));
  if (!result.ok) throw new Error('seeds must validate');
  kyodo = result.dataset.municipalities.flatMap((m) => m.plans).find((p) => p.plan.id === 'kyodo')!;
});

describe('project counts of the 2024 implementation plan (000)', () => {
  it('equal the printed table, 基本施策 by 基本施策', () => {
    const computed = projectCounts(kyodo, 2024, (p) => p.node).map((c) => [
      c.nodeId,
      c.total,
      c.byColumn['新規・追加'],
      c.byColumn['拡充'],
      c.byColumn['継続'],
      c.byColumn['完了・統合'],
      c.previousYearTotal,
    ]);
    // Read from the table at the top of 000: 2024 total, 新規・追加, 拡充, 継続, 完了・統合 (printed △), 2023 total.
    expect(computed.sort()).toEqual([
      ['基本施策1', 11, 2, 2, 7, 2, 11],
      ['基本施策2', 6, 0, 2, 4, 0, 6],
      ['基本施策3', 8, 0, 2, 6, 0, 8],
      ['基本施策4', 18, 0, 3, 15, 0, 18],
      ['基本施策5', 10, 0, 2, 8, 1, 11],
      ['基本施策6', 27, 0, 9, 18, 1, 28],
      ['基本施策7', 18, 1, 1, 16, 0, 17],
    ]);
  });

  it('equal the transcribed published counts too', () => {
    const published = kyodo.plan.implementationYears![0]!.publishedCounts!;
    for (const c of projectCounts(kyodo, 2024, (p) => p.node)) {
      const row = published.find((r) => r.node === c.nodeId)!;
      expect({ total: c.total, previous: c.previousYearTotal, ...c.byColumn }).toEqual({
        total: row.total,
        previous: row.previousYearTotal,
        ...row.byCategory,
      });
    }
  });

  it('give the year-on-year change: 98 − 99 = −1 in all', () => {
    const counts = projectCounts(kyodo, 2024, () => 'all')[0]!;
    expect([counts.total, counts.previousYearTotal, counts.change, counts.previousYearSource]).toEqual([98, 99, -1, 'derived']);
  });

  it('equal the printed SDGs goal counts, のべ182', () => {
    const counts = sdgGoalCounts(kyodo, 2024);
    // 貧困 14, 飢餓 8, 健康 18, 教育 14, ジェンダー 2, 水 2, エネルギー 2, 働きがい 17, 産業 6, 不平等 16,
    // まちづくり 23, つくる責任 5, 気候変動 17, 海 0, 陸 0, 平和 6, パートナーシップ 32
    expect([...counts.values()]).toEqual([14, 8, 18, 14, 2, 2, 2, 17, 6, 16, 23, 5, 17, 0, 0, 6, 32]);
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(182);
  });
});

describe('project counts from small rows', () => {
  const rows = ProjectsFile.parse([
    { id: 'a', node: 'n', name: 'A', departments: 'x', categories: { 2023: '継続', 2024: '拡充' } },
    { id: 'b', node: 'n', name: 'B', departments: 'x', categories: { 2024: '新規' } },
    { id: 'c', node: 'n', name: 'C', departments: 'x', categories: { 2023: '継続', 2024: '完了・統合' } },
    { id: 'd', node: 'n', name: 'D（再掲）', departments: 'x', categories: { 2023: '再掲', 2024: '再掲' }, repeatOf: 'a' },
  ]);
  const data = { plan: {} as PlanData['plan'], projects: rows };

  it('count 再掲 rows in the category of the row they repeat', () => {
    expect(projectCounts(data, 2024, (p) => p.node)[0]!.byColumn).toEqual({ '新規・追加': 1, 拡充: 2, 継続: 0, '完了・統合': 1 });
  });

  it('count last year from last year’s rows when the data has them (a, c, d in 2023 = 3)', () => {
    const c = projectCounts(data, 2024, (p) => p.node)[0]!;
    expect([c.total, c.previousYearTotal, c.previousYearSource, c.change]).toEqual([3, 3, 'rows', 0]);
  });
});
