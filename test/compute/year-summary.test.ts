// The 総括's figures from a small plan worked by hand: 2023 and 2024 actuals of four indicators.
import { describe, expect, it } from 'vitest';
import { planProgress } from '../../src/compute/plan-progress.ts';
import { behind, collectionCounts, statusChanges } from '../../src/compute/year-summary.ts';
import { resolvePlan } from '../../src/load/resolve.ts';
import { buildDepartmentRegistry } from '../../src/model/department-registry.ts';
import { Department } from '../../src/model/municipality.ts';
import { Plan } from '../../src/model/plan.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';

const registry = buildDepartmentRegistry([Department.parse({ name: 'A課' }), Department.parse({ name: 'B課' })]);
const indicator = (id: string, owner: string, actuals: Record<number, number>) => ({
  id,
  name: id,
  unit: '件',
  direction: 'increase',
  owner,
  targets: { 2023: 100, 2024: 100 },
  actuals,
});
const plan = (first: number) =>
  Plan.parse({
    id: 'p',
    title: '計画',
    municipality: 'm',
    period: { first, last: 2025 },
    sources: [{ id: 's', title: '資料' }],
    levels: ['方針'],
    nodes: [
      {
        id: 'n',
        title: '方針',
        indicators: [
          indicator('up', 'A課', { 2023: 60, 2024: 100 }), // △ 60% → ◎ 100%
          indicator('down', 'A課', { 2023: 90, 2024: 30 }), // ○ 90% → × 30%
          indicator('same', 'B課', { 2023: 45, 2024: 49 }), // × 45% → × 49%
          indicator('new', 'B課', { 2024: 70 }), // none → △ 70%
          indicator('none', 'B課', {}),
        ],
      },
    ],
  });
const asked = { sentAt: new Map([['B課', '2025-04-01T00:00:00.000Z']]), deadline: '2025-06-30', today: '2025-05-01' };
const progress = (first = 2022) =>
  planProgress(resolvePlan({ plan: plan(first), projects: [] }, registry), 2024, DEFAULT_RUBRIC, (y) => (y === 2024 ? asked : NO_REQUESTS));
const ids = (rows: Array<{ indicator: { id: string } }>) => rows.map((r) => r.indicator.id);

describe('the 総括 of a year', () => {
  it('counts what was reported and, of the rest, what is asked for and what is not', () => {
    expect(collectionCounts(progress().rows)).toEqual({ reported: 4, 照会前: 0, 照会中: 1, 未報告: 0 });
  });

  it('lists the indicators behind, the furthest first (30% before 49% before 70%)', () => {
    expect(ids(behind(progress().rows))).toEqual(['down', 'same', 'new']);
  });

  it('says which indicators moved to a better or worse band, comparing only those judged in both years', () => {
    const changes = statusChanges(progress().rows, DEFAULT_RUBRIC);
    expect({ compared: changes.compared, improved: ids(changes.improved), worsened: ids(changes.worsened) }).toEqual({
      compared: 3,
      improved: ['up'],
      worsened: ['down'],
    });
  });

  it('compares with nothing when the year before is outside the plan period', () => {
    const p = progress(2024);
    expect(p.hasPreviousYear).toBe(false);
    expect(p.rows.every((r) => r.previous === undefined)).toBe(true);
    expect(statusChanges(p.rows, DEFAULT_RUBRIC).compared).toBe(0);
  });
});
