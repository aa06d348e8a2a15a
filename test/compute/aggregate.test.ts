import { describe, expect, it } from 'vitest';
import { aggregate, groupRows } from '../../src/compute/aggregate.ts';
import { planProgress } from '../../src/compute/plan-progress.ts';
import { resolvePlan } from '../../src/load/resolve.ts';
import { buildDepartmentRegistry } from '../../src/model/department-registry.ts';
import { Department } from '../../src/model/municipality.ts';
import { Plan } from '../../src/model/plan.ts';
import { ProjectsFile } from '../../src/model/project.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';

const registry = buildDepartmentRegistry([Department.parse({ name: 'A課', division: '甲部' }), Department.parse({ name: 'B課', division: '乙部' })]);
const plan = Plan.parse({
  id: 'p',
  title: '計画',
  municipality: 'm',
  period: { first: 2022, last: 2025 },
  sources: [{ id: 's', title: '資料' }],
  levels: ['方針', '施策'],
  nodes: [
    { id: 'n1', title: '方針1', children: [{ id: 'n1-1', title: '施策1' }] },
    { id: 'n2', title: '方針2' },
  ],
});
const indicator = (id: string, target: number, actual?: number) => ({
  id,
  name: id,
  unit: '件',
  direction: 'increase',
  targets: { 2024: target },
  ...(actual === undefined ? {} : { actuals: { 2024: actual } }),
});
const projects = ProjectsFile.parse([
  { id: 'x', node: 'n1-1', name: 'X', departments: 'A課', indicators: [indicator('x-1', 100, 100), indicator('x-2', 100, 40)] },
  { id: 'y', node: 'n2', name: 'Y', departments: 'A課、B課', indicators: [indicator('y-1', 100, 85), indicator('y-2', 100)] },
]);
const progress = planProgress(resolvePlan({ plan, projects }, registry), 2024, DEFAULT_RUBRIC, () => NO_REQUESTS);

describe('aggregates', () => {
  it('count indicators by status in the rubric’s order', () => {
    const a = aggregate(progress.rows, DEFAULT_RUBRIC);
    expect(a.byStatus.filter((s) => s.count > 0).map((s) => [s.label, s.count])).toEqual([
      ['達成', 1],
      ['概ね順調', 1],
      ['大幅な遅れ', 1],
      ['照会前', 1],
    ]);
  });

  it('give the share achieved among the indicators that could be evaluated (1 of 3)', () => {
    const a = aggregate(progress.rows, DEFAULT_RUBRIC);
    expect([a.total, a.evaluated, a.achieved, a.shareAchieved]).toEqual([4, 3, 1, 1 / 3]);
  });

  it('list the furthest behind, lowest first', () => {
    expect(aggregate(progress.rows, DEFAULT_RUBRIC).furthestBehind.map((r) => r.indicator.id)).toEqual(['x-2']);
  });

  it('count an indicator shared by two departments in each of them', () => {
    const byDepartment = groupRows(progress.rows, (r) => r.departments);
    expect([...byDepartment].map(([d, rows]) => [d, rows.map((r) => r.indicator.id)])).toEqual([
      ['甲部A課', ['x-1', 'x-2', 'y-1', 'y-2']],
      ['乙部B課', ['y-1', 'y-2']],
    ]);
  });

  it('group by top-level node through the node path', () => {
    expect(progress.rows.map((r) => r.nodePath)).toEqual([['n1', 'n1-1'], ['n1', 'n1-1'], ['n2'], ['n2']]);
    expect([...groupRows(progress.rows, (r) => r.nodePath.slice(0, 1))].map(([id, rows]) => [id, rows.length])).toEqual([
      ['n1', 2],
      ['n2', 2],
    ]);
  });
});
