// Transcription checks: counts and values read by hand in ../shared/seeds, compared with the bundled seeds.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/load/dataset.ts';
import { loadData } from '../src/load/load-data.ts';
import type { Indicator } from '../src/model/indicator.ts';
import { indicatorsById, walkNodes, type PlanData } from '../src/model/walk.ts';

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadData(path.join(import.meta.dirname, '..', 'seeds'));
  if (!result.ok) throw new Error(`seeds must validate: ${JSON.stringify(result.problems.slice(0, 3))}`);
  dataset = result.dataset;
});

function plan(id: string): PlanData {
  const found = dataset.municipalities.flatMap((m) => m.plans).find((p) => p.plan.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
}
function indicator(planId: string, id: string): Indicator {
  const found = indicatorsById(plan(planId)).get(id);
  if (!found) throw new Error(`no indicator ${id} in ${planId}`);
  return found;
}
function project(planId: string, id: string) {
  const found = plan(planId).projects.find((p) => p.id === id);
  if (!found) throw new Error(`no project ${id} in ${planId}`);
  return found;
}

describe('seeds hold all five documents', () => {
  it('as four plans of two municipalities', () => {
    expect(dataset.municipalities.map((m) => [m.municipality.name, m.plans.map((p) => p.plan.id).sort()])).toEqual([
      ['会津若松市', ['shakai-sankaku']],
      ['郡山市', ['gyozaisei', 'kyodo', 'sogo-senryaku']],
    ]);
  });
});

describe('第二次郡山市協働推進基本計画 (000 + 001)', () => {
  const in2024 = () => plan('kyodo').projects.filter((p) => p.categories?.get(2024) !== '完了・統合');

  it('has the 98 rows of the 2024 implementation plan, numbered 1 to 98', () => {
    expect(
      in2024()
        .map((p) => Number(p.number))
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
  });

  it('has the 4 projects the document lists as completed or merged', () => {
    const done = plan('kyodo').projects.filter((p) => p.categories?.get(2024) === '完了・統合');
    expect(done.map((p) => p.name)).toEqual([
      'こおりやま広域圏わかものボーダーレスプロジェクト',
      'こおりやま広域圏チャレンジ「新発想」研究塾',
      'あすまちこおりやま推進事業（スモールスタート支援事業）',
      '開成山公園Park-PFI事業',
    ]);
  });

  it('has 3 基本方針 and 7 基本施策 with the row counts the summary table prints (11, 6, 8, 18, 10, 27, 18)', () => {
    const nodes = [...walkNodes(plan('kyodo').plan)];
    expect(nodes.filter((n) => n.depth === 0)).toHaveLength(3);
    const perMeasure = nodes.filter((n) => n.depth === 1).map((n) => in2024().filter((p) => p.node === n.node.id).length);
    expect(perMeasure).toEqual([11, 6, 8, 18, 10, 27, 18]);
  });

  it('reproduces the printed category totals 3 / 21 / 74 when 再掲 rows count as the row they repeat', () => {
    const tally = new Map<string, number>();
    for (const p of in2024()) {
      const own = p.categories!.get(2024)!;
      const category = own === '再掲' ? project('kyodo', p.repeatOf!).categories!.get(2024)! : own;
      const column = category === '新規' || category === '追加' ? '新規・追加' : category;
      tally.set(column, (tally.get(column) ?? 0) + 1);
    }
    expect(Object.fromEntries(tally)).toEqual({ '新規・追加': 3, 拡充: 21, 継続: 74 });
  });

  it('reproduces the printed SDGs goal count のべ182 from the rows’ targets', () => {
    const total = in2024().reduce((n, p) => n + new Set((p.sdgs ?? []).map((t) => t.split('.')[0])).size, 0);
    expect(total).toBe(182);
  });

  it('records the 2023 project count 99 beside the 2024 table', () => {
    const year = plan('kyodo').plan.implementationYears![0]!;
    expect(year.fiscalYear).toBe(2024);
    expect(year.publishedCounts!.reduce((n, c) => n + c.previousYearTotal!, 0)).toBe(99);
  });

  it('links 再掲 rows to the row they repeat (58 → 5, 15 → 8)', () => {
    expect(project('kyodo', '58').repeatOf).toBe('5');
    expect(project('kyodo', '15').repeatOf).toBe('8');
  });

  it('turns ○ lines with a number into 2024 targets (row 18: 配信登録者数 3,400人)', () => {
    const targets = project('kyodo', '18').indicators!.map((i) => [i.unit, i.targets!.get(2024)!.value]);
    expect(targets).toEqual([
      ['人', 3400],
      ['人', 3600],
    ]);
  });

  it('keeps big numbers exact (row 20: ウェブサイト総アクセス数 17,098,103件; row 50: コンビニ交付件数 100,000件)', () => {
    expect(project('kyodo', '20').indicators![0]!.targets!.get(2024)!.value).toBe(17098103);
    expect(project('kyodo', '50').indicators![0]!.targets!.get(2024)!.value).toBe(100000);
  });

  it('keeps SDGs targets as written, letters included (row 10: 3.a … 11.a)', () => {
    expect(project('kyodo', '10').sdgs).toEqual(['3.4', '3.5', '3.6', '3.7', '3.8', '3.a', '4.7', '11.a', '13.1', '13.3', '17.17']);
  });

  it('has the overview’s two overall indicators, 2016 baseline and 2025 target', () => {
    const love = indicator('kyodo', 'overall-1');
    expect([love.name, love.unit, love.baseline?.value, love.baseline?.fiscalYear, love.finalTarget?.value, love.finalTarget?.fiscalYear]).toEqual([
      '地域への愛着度',
      '%',
      67.6,
      2016,
      70,
      2025,
    ]);
    const satisfaction = indicator('kyodo', 'overall-2');
    expect([satisfaction.unit, satisfaction.baseline?.value, satisfaction.finalTarget?.value]).toEqual(['点', 62.3, 70]);
  });
});

describe('郡山市行財政改革大綱2022 実施計画 (002)', () => {
  it('has the 57 実施計画 under 3 重点推進目標 and 11 取組事項 (21 + 20 + 16)', () => {
    const { plan: p, projects } = plan('gyozaisei');
    const perItem = [...walkNodes(p)].filter((n) => n.depth === 1).map((n) => projects.filter((x) => x.node === n.node.id).length);
    expect(perItem).toEqual([3, 3, 8, 7, 4, 9, 7, 3, 5, 1, 7]);
    expect(projects).toHaveLength(57);
  });

  it('keeps each 2025 target with its baseline and date (カイゼン件数 21件 at 2021年度末 → 35件/年間)', () => {
    const kaizen = indicator('gyozaisei', '1-2-3-1');
    expect([kaizen.name, kaizen.baseline?.value, kaizen.baseline?.fiscalYear, kaizen.finalTarget?.value, kaizen.finalTarget?.fiscalYear]).toEqual([
      'カイゼン件数',
      21,
      2021,
      35,
      2025,
    ]);
  });

  it('keeps 以上 targets (公募委員比率 10%以上, from 5.7%)', () => {
    const i = indicator('gyozaisei', '1-1-3-2');
    expect([i.comparator, i.unit, i.baseline?.value, i.finalTarget?.value]).toEqual(['以上', '%', 5.7, 10]);
  });

  it('makes targets stated in words qualitative', () => {
    const qualitative = [...indicatorsById(plan('gyozaisei')).values()].filter((i) => i.direction === 'qualitative');
    expect(qualitative.length).toBeGreaterThan(0);
    for (const i of qualitative) expect(i.finalTarget?.text ?? i.targets).toBeDefined();
  });

  it('resolves departments renamed since (3R推進課 is now 5R推進課)', () => {
    const koriyama = dataset.municipalities.find((m) => m.municipality.id === 'koriyama')!;
    const r = koriyama.registry.resolve('3R推進課');
    expect(r.kind === 'found' && `${r.department.division}${r.department.name}`).toBe('環境部5R推進課');
  });
});

describe('郡山市総合戦略 2020改訂版 (003)', () => {
  it('has 6 基本目標, each with its 数値目標 (3, 2, 2, 2, 2, 1)', () => {
    const goals = plan('sogo-senryaku').plan.nodes;
    expect(goals.map((g) => g.indicators?.length)).toEqual([3, 2, 2, 2, 2, 1]);
  });

  it('keeps the number and the wording of 「約493万人」 and 「4,337億円」', () => {
    const visitors = indicator('sogo-senryaku', 'kpi-2-2');
    expect([visitors.baseline?.value, visitors.unit, visitors.baseline?.text]).toEqual([493, '万人', '約493万人']);
    const retail = indicator('sogo-senryaku', 'kpi-1-1');
    expect([retail.baseline?.value, retail.baseline?.fiscalYear, retail.finalTarget?.value, retail.finalTarget?.fiscalYear]).toEqual([4337, 2019, 3724, 2024]);
  });

  it('keeps a target year earlier than the others (特定健康診査の受診率 60.0% in 2023)', () => {
    const i = indicator('sogo-senryaku', 'kpi-5-2');
    expect([i.baseline?.value, i.finalTarget?.value, i.finalTarget?.fiscalYear]).toEqual([38.2, 60, 2023]);
  });

  it('records 「最大4ポイント改善」 as a change, and 「調査中」 as words with no number', () => {
    const i = indicator('sogo-senryaku', 'kpi-2-1');
    expect([i.finalTarget?.change, i.finalTarget?.fiscalYear, i.baseline?.value, i.baseline?.text]).toEqual([4, 2040, undefined, '調査中']);
  });
});

describe('会津若松市 政策分野9 社会参画 (004)', () => {
  it('has 3 施策 and 24 事務事業 (4 + 11 + 9)', () => {
    const { plan: p, projects } = plan('shakai-sankaku');
    const measures = [...walkNodes(p)].filter((n) => n.depth === 3);
    expect(measures.map((m) => projects.filter((x) => x.node === m.node.id).length)).toEqual([4, 11, 9]);
  });

  it('has the 3 KPIs with 令和4–6年度 targets, final target and the 令和4年度 actual', () => {
    const kpis = ['kpi-1', 'kpi-2', 'kpi-3'].map((id) => indicator('shakai-sankaku', id));
    expect(
      kpis.map((k) => [
        k.targets?.get(2022)?.value,
        k.targets?.get(2023)?.value,
        k.targets?.get(2024)?.value,
        k.finalTarget?.value,
        k.actuals?.get(2022)?.value,
      ]),
    ).toEqual([
      [73, 76, 79, 85, 55],
      [155, 170, 185, 215, 75],
      [15, 16, 17, 20, 2],
    ]);
    expect(kpis.every((k) => k.actuals?.get(2023) === undefined)).toBe(true);
  });

  it('keeps the 令和4年度 検証 text', () => {
    expect(indicator('shakai-sankaku', 'kpi-3').verification?.get(2022)).toContain('雇用情勢の悪化');
  });

  it('keeps budgets in 千円 (栄町第二庁舎: 令和5年度予算 0 → 令和6年度見込み 9,755)', () => {
    expect(project('shakai-sankaku', '1-1').budgets).toEqual([
      { fiscalYear: 2023, basis: '予算', projectCost: 0, generalFund: 0, personnelCost: 1079 },
      { fiscalYear: 2024, basis: '見込み', projectCost: 9755, generalFund: 155, personnelCost: 1079 },
    ]);
  });

  it('keeps the next-year policy (新規 for 栄町第二庁舎, 継続 for the rest)', () => {
    const policies = plan('shakai-sankaku').projects.map((p) => p.nextYearPolicy?.get(2024));
    expect(policies.filter((x) => x === '新規')).toHaveLength(1);
    expect(policies.filter((x) => x === '継続')).toHaveLength(23);
  });
});
