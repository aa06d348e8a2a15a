import { describe, expect, it } from 'vitest';
import { planProgress } from '../../src/compute/plan-progress.ts';
import { resolvePlan } from '../../src/load/resolve.ts';
import { buildDepartmentRegistry } from '../../src/model/department-registry.ts';
import { Department } from '../../src/model/municipality.ts';
import { Plan } from '../../src/model/plan.ts';
import { ProjectsFile } from '../../src/model/project.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { indicatorNumbers } from '../../src/render/report/indicator-numbers.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';

const indicator = (id: string) => ({ id, name: id, unit: '件', direction: 'increase' });
const plan = Plan.parse({
  id: 'p',
  title: '計画',
  municipality: 'm',
  period: { first: 2022, last: 2025 },
  sources: [{ id: 's', title: '資料' }],
  levels: ['方針', '施策'],
  indicators: [indicator('overall-1')],
  nodes: [
    { id: 'n1', title: '方針1', indicators: [indicator('kpi-1')], children: [{ id: 'n1-1', title: '施策1' }] },
    { id: 'n2', title: '方針2', indicators: [indicator('kpi-2')] },
  ],
});
const projects = ProjectsFile.parse([{ id: 'x', node: 'n1-1', name: 'X', departments: 'A課', indicators: [indicator('x-1')] }]);
const progress = planProgress(
  resolvePlan({ plan, projects }, buildDepartmentRegistry([Department.parse({ name: 'A課' })])),
  2024,
  DEFAULT_RUBRIC,
  () => NO_REQUESTS,
);

describe('the printed numbers of indicators', () => {
  it('follow the order the report prints them: the plan’s, then node by node with each node’s projects', () => {
    const numberOf = indicatorNumbers(progress);
    expect(['overall-1', 'kpi-1', 'x-1', 'kpi-2'].map((id) => numberOf(progress.rows.find((r) => r.indicator.id === id)!))).toEqual(['1', '2', '3', '4']);
  });
});
