// The figures of the bundled plans that a city must be able to sign, with actuals added by hand and
// every expected value worked out by hand from the documents (002, 003, 000).
import { NO_REQUESTS } from '../helpers/requests.ts';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorProgress } from '../../src/compute/indicator-progress.ts';
import { planProgress } from '../../src/compute/plan-progress.ts';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import type { Dataset, ResolvedPlan } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { formatPercent } from '../../src/render/format-ja.ts';
import { targetLine } from '../../src/render/indicator-text.ts';

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the seeds must load');
  dataset = loaded.dataset;
});

const plan = (id: string): ResolvedPlan => dataset.municipalities.flatMap((m) => m.plans).find((p) => p.plan.id === id)!;

/** A seed indicator in `year`, as if the department had reported `value` for it. */
function withActual(planId: string, indicatorId: string, year: number, value?: number) {
  const found = plan(planId).indicators.find((i) => i.indicator.id === indicatorId)!;
  const actuals = new Map(found.indicator.actuals ?? []);
  if (value !== undefined) actuals.set(year, { value });
  return indicatorProgress({ ...found, indicator: { ...found.indicator, actuals } }, year, DEFAULT_RUBRIC, NO_REQUESTS);
}

describe('3-2-2-6 人件費削減額（1999年度からの累計）', () => {
  it('has a 2024 目安 on the line from the 2021 total: 6,351,493 + (8,308,557 − 6,351,493) × 3 ÷ 4 = 7,819,291千円', () => {
    expect(withActual('gyozaisei', '3-2-2-6', 2024).target).toMatchObject({ kind: 'guide', value: 7819291 });
  });

  it('with 7,800,000千円 reported is 99.8% of its 目安 and 概ね順調, not 達成 (7,800,000 ÷ 7,819,291 = 0.99753)', () => {
    const p = withActual('gyozaisei', '3-2-2-6', 2024, 7800000);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('99.8%');
    expect(p.status.label).toBe('概ね順調');
    expect(p.status.reason).toBe('達成率（目安に対して） 99.8% → 80%以上');
    // (7,800,000 − 6,351,493) ÷ (8,308,557 − 6,351,493) = 1,448,507 ÷ 1,957,064 = 0.7401
    expect(formatPercent(p.progress!.value)).toBe('74.0%');
    // 7,800,000 − 7,819,291 = −19,291
    expect(p.gapToTarget!.value).toBe(-19291);
  });
});

describe('2-2-7-1 未利用財産売却・貸付金額（4年間累計）', () => {
  it('counts from 0 at the end of FY2021: the 2024 目安 is 652,000 × 3 ÷ 4 = 489,000千円', () => {
    expect(withActual('gyozaisei', '2-2-7-1', 2024).target).toMatchObject({ kind: 'guide', value: 489000, from: { year: 2021, value: 0 } });
  });

  it('with 400,000千円 reported: 400,000 ÷ 489,000 = 81.8% 概ね順調; 進捗率 from 0: 400,000 ÷ 652,000 = 61.3%', () => {
    const p = withActual('gyozaisei', '2-2-7-1', 2024, 400000);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('81.8%');
    expect(p.status.label).toBe('概ね順調');
    expect(formatPercent(p.progress!.value)).toBe('61.3%');
  });
});

describe('1-4-1-2 研修受講者満足度（85%以上を維持）', () => {
  it('is measured against 85% in 2024, not against a line from 89.4%', () => {
    const p = withActual('gyozaisei', '1-4-1-2', 2024);
    expect(p.target).toMatchObject({ kind: 'threshold', stated: { value: 85, fiscalYear: 2025 } });
    expect(targetLine(p)).toBe('85%以上を維持（令和7年度・最終）');
  });

  it('met at 86%: 達成', () => {
    expect(withActual('gyozaisei', '1-4-1-2', 2024, 86).status.label).toBe('達成');
  });

  it('missed at 84%: 84 ÷ 85 = 98.8%, 概ね順調, with no 進捗率 (a level to hold has no way to go)', () => {
    const p = withActual('gyozaisei', '1-4-1-2', 2024, 84);
    expect(p.achievement!.met).toBe(false);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('98.8%');
    expect(p.status.label).toBe('概ね順調');
    expect(p.progress).toBeUndefined();
    expect(p.progressNote).toContain('進捗率は示しません');
  });

  it('missed by a hair at 84.99%: 99.99% rounds to 100.0% but is not 達成', () => {
    const p = withActual('gyozaisei', '1-4-1-2', 2024, 84.99);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('100.0%');
    expect(p.status.label).toBe('概ね順調');
  });
});

describe('kpi-1-1 小売業商品販売額 (a target set below its baseline: 4,337億円 → 3,724億円)', () => {
  it('met in 2024 at 3,800億円: 3,800 ÷ 3,724 = 102.0%, 達成, and no 進捗率 to contradict it', () => {
    const p = withActual('sogo-senryaku', 'kpi-1-1', 2024, 3800);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('102.0%');
    expect(p.status.label).toBe('達成');
    expect(p.progress).toBeUndefined();
  });

  it('missed in 2024 at 3,600億円: 3,600 ÷ 3,724 = 96.7%, 概ね順調', () => {
    const p = withActual('sogo-senryaku', 'kpi-1-1', 2024, 3600);
    expect(formatPercent(p.achievement!.ratio!.value)).toBe('96.7%');
    expect(p.status.label).toBe('概ね順調');
  });

  it('is a floor in the years before: 2022 is measured against 3,724億円, not a planned decline', () => {
    expect(withActual('sogo-senryaku', 'kpi-1-1', 2022).target).toMatchObject({ kind: 'threshold', reason: 'not-better', stated: { value: 3724 } });
  });
});

describe('the 国保税 block (2-2-2-x)', () => {
  it('reads all four targets as 2023年度末 targets, which still apply in 2024', () => {
    for (const id of ['2-2-2-1', '2-2-2-2', '2-2-2-3', '2-2-2-4']) {
      expect(withActual('gyozaisei', id, 2024).target).toMatchObject({ kind: 'final-passed', stated: { fiscalYear: 2023 } });
    }
  });
});

describe('re-listed (再掲) indicators in kyodo', () => {
  it('are counted once: 78 indicators, where the 2024 plan prints 84 rows (6 again under 再掲 projects 58 and 82)', () => {
    const kyodo = planProgress(plan('kyodo'), 2024, DEFAULT_RUBRIC, () => NO_REQUESTS);
    expect(kyodo.rows).toHaveLength(78);
    expect(new Set(kyodo.rows.map((r) => r.indicator.id)).size).toBe(78);
  });

  it('are listed once for 国際政策課, with the 再掲 row named beside them', () => {
    const kyodo = planProgress(plan('kyodo'), 2024, DEFAULT_RUBRIC, () => NO_REQUESTS);
    const mine = kyodo.rows.filter((r) => r.departments.includes('文化スポーツ部国際政策課'));
    expect(mine.map((r) => r.indicator.id)).toEqual(['5-1', '5-2', '5-3', '5-4', '59-1']);
    expect(mine[0]!.relistedIn.map((p) => p.id)).toEqual(['58']);
  });

  it('name the same figure in the other plan, both ways (コンビニ交付件数: kyodo 50-1 and gyozaisei 1-3-5-1)', () => {
    const kyodo = plan('kyodo').indicators.find((i) => i.indicator.id === '50-1')!;
    const gyozaisei = plan('gyozaisei').indicators.find((i) => i.indicator.id === '1-3-5-1')!;
    expect(kyodo.sameMeasure).toEqual([
      { planId: 'gyozaisei', planTitle: '郡山市行財政改革大綱2022 実施計画', indicatorId: '1-3-5-1', indicatorName: 'コンビニ交付件数' },
    ]);
    expect(gyozaisei.sameMeasure).toEqual([
      { planId: 'kyodo', planTitle: '第二次郡山市協働推進基本計画', indicatorId: '50-1', indicatorName: 'コンビニ交付件数' },
    ]);
  });
});

describe('the projects a kyodo report shows', () => {
  it('in FY2022, before any implementation plan in the data: none, and only the plan’s own 2 indicators', () => {
    const p = planProgress(plan('kyodo'), 2022, DEFAULT_RUBRIC, () => NO_REQUESTS);
    expect(p.projects).toEqual({ projects: [], listYears: [2024] });
    expect(p.rows.map((r) => r.indicator.id)).toEqual(['overall-1', 'overall-2']);
  });

  it('in FY2024: the 98 carried out and 4 completed that year, from the 2024 plan', () => {
    const p = planProgress(plan('kyodo'), 2024, DEFAULT_RUBRIC, () => NO_REQUESTS);
    expect([p.projects.projects.length, p.projects.listYear]).toEqual([102, 2024]);
  });

  it('in FY2025, with no list of its own: the 2024 list, named as such', () => {
    const p = planProgress(plan('kyodo'), 2025, DEFAULT_RUBRIC, () => NO_REQUESTS);
    expect(p.projects.listYear).toBe(2024);
  });
});

describe('a link declared on both sides', () => {
  it('is named once beside each indicator', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-same-'));
    try {
      await cp(BUNDLED_SEEDS, dir, { recursive: true });
      const file = path.join(dir, 'koriyama/gyozaisei/projects/1-kino-teki-na-gyosei-unei.yaml');
      const text = await readFile(file, 'utf8');
      const anchor = '    - id: 1-3-5-1\n      name: コンビニ交付件数\n';
      expect(text).toContain(anchor);
      await writeFile(file, text.replace(anchor, `${anchor}      sameMeasureAs: { plan: kyodo, indicator: 50-1 }\n`));
      const loaded = await loadData(dir);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      const plans = loaded.dataset.municipalities.flatMap((m) => m.plans);
      const of = (planId: string, id: string) => plans.find((p) => p.plan.id === planId)!.indicators.find((i) => i.indicator.id === id)!.sameMeasure;
      expect(of('kyodo', '50-1').map((s) => s.indicatorId)).toEqual(['1-3-5-1']);
      expect(of('gyozaisei', '1-3-5-1').map((s) => s.indicatorId)).toEqual(['50-1']);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
