// The 事業の進捗 sheets, read as the blocks the PDF writer prints, against the minimal fixture:
// project 1 has a 2024 result, project 2 is its 再掲.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import type { Requests } from '../../src/compute/collection.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';
import { planProgress, type PlanProgress } from '../../src/compute/plan-progress.ts';
import type { Dataset, ResolvedPlan } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import type { Project } from '../../src/model/project.ts';
import type { Block, Table } from '../../src/render/report/blocks.ts';
import { indicatorNumbers } from '../../src/render/report/indicator-numbers.ts';
import { measureSheets } from '../../src/render/report/measure-sheet.ts';
import { MINIMAL } from '../helpers/fixture.ts';

let minimal: Dataset;
let seeds: Dataset;
beforeAll(async () => {
  const [a, b] = await Promise.all([loadData(MINIMAL), loadData(BUNDLED_SEEDS)]);
  if (!a.ok || !b.ok) throw new Error('the fixture and the seeds must load');
  [minimal, seeds] = [a.dataset, b.dataset];
});

const planOf = (dataset: Dataset, id: string) => {
  const m = dataset.municipalities.find((m) => m.plans.some((p) => p.plan.id === id))!;
  return { data: m.plans.find((p) => p.plan.id === id)!, rubric: m.rubric };
};

function sheets(progress: PlanProgress, projects: readonly Project[]): Block[] {
  let n = 0;
  return measureSheets(progress, projects, indicatorNumbers(progress), 4, () => `sheet-${++n}`);
}

function progressOf(requests: Requests = NO_REQUESTS, year = 2024): PlanProgress {
  const { data, rubric } = planOf(minimal, 'sample-plan');
  return planProgress(data, year, rubric, () => requests);
}

const project = (progress: PlanProgress, id: string) => progress.data.projects.find((p) => p.id === id)!;

/** Label → text of the sheet's one table. */
function sheetRows(blocks: readonly Block[]): Map<string, string> {
  const tables = blocks.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return new Map(tables[0]!.rows.map(([label, content]) => [label!.text, content!.text]));
}

/** The sheet of project 1 as if nothing had been reported for 2024. */
function sheetWithoutResult(requests: Requests): Map<string, string> {
  const progress = progressOf(requests);
  const original = project(progress, '1');
  const unreported: Project = { ...original, results: undefined };
  const data: ResolvedPlan = {
    ...progress.data,
    projectDepartments: new Map([...progress.data.projectDepartments, [unreported, progress.data.projectDepartments.get(original)!]]),
  };
  return sheetRows(sheets({ ...progress, data }, [unreported]));
}

const cellTexts = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'table' ? b.rows.flat().flatMap((c) => [c.text, c.sub ?? '']) : b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : [],
  );

describe('the sheet of a project with a reported result', () => {
  const sheet = () => sheetRows(sheets(progressOf(), [project(progressOf(), '1')]));

  it('starts with a heading at the given level, with the printed number, outside the 目次', () => {
    const progress = progressOf();
    const [heading] = sheets(progress, [project(progress, '1')]);
    expect(heading).toEqual({ kind: 'heading', level: 4, text: '1 人材育成推進事業', id: 'sheet-1' });
  });

  it('names the departments, with the 区分 and the SDGs goals beneath', () => {
    const progress = progressOf();
    const table = sheets(progress, [project(progress, '1')]).find((b): b is Table => b.kind === 'table')!;
    expect(table.rows[0]).toEqual([{ text: '担当課' }, { text: '総務部人事課', sub: '区分：拡充　SDGsゴール：3・17' }]);
  });

  it('shows the goal and the 工程 planned for the year', () => {
    expect(sheet().get('目標')).toBe('職員一人一人が力を発揮できる組織をつくる');
    expect(sheet().get('工程（令和6年度）')).toBe('階層別研修：新任管理職研修の開始');
  });

  it('shows what was done, how the 工程 went, the issues and the direction', () => {
    const rows = sheet();
    expect(rows.get('実施状況')).toBe('新任管理職研修を3回開催した');
    expect(rows.get('工程の進み')).toBe('遅れ');
    expect(rows.get('課題')).toBe('受講者の日程調整が難しい');
    expect(rows.get('今後の方向性')).toBe('見直し');
  });

  it('prints the self-evaluation with the mark of its rubric band', () => {
    expect(sheet().get('自己評価')).toBe('△ 遅れ');
  });

  it('lists its indicators by their number in the report, with their status', () => {
    // overall-1 is No.1; 1,150 of 1,200 is 95.8%, 概ね順調.
    expect(sheet().get('指標')).toBe('No.2 研修参加者数：○ 概ね順調');
  });

  it('prints the budget and the settled cost in 千円 with 桁区切り', () => {
    expect(sheet().get('事業費（千円）')).toBe('令和6年度 予算：事業費 12,500／一般財源 10,000／人件費 2,493\n令和6年度 決算額：12,345');
  });

  it('keeps its rows in the PDCA order', () => {
    expect([...sheet().keys()]).toEqual([
      '担当課',
      '目標',
      '工程（令和6年度）',
      '実施状況',
      '工程の進み',
      '自己評価',
      '課題',
      '今後の方向性',
      '指標',
      '事業費（千円）',
    ]);
  });

  it('prints no internal id', () => {
    const progress = progressOf();
    const texts = cellTexts(sheets(progress, progress.data.projects));
    expect(texts.filter((t) => t.includes('overall-1') || t.includes('1-1') || t.includes('sample-plan'))).toEqual([]);
  });
});

describe('the sheet of a project with no result for the year', () => {
  const WHAT = '令和6年度の実施結果（実施状況・工程の進み・自己評価・課題・今後の方向性・決算額）';

  it('says once that it has not been asked for yet', () => {
    const rows = sheetWithoutResult(NO_REQUESTS);
    expect(rows.get('実施結果')).toBe(`${WHAT}は、まだ照会していません（照会前）。`);
    expect(['実施状況', '工程の進み', '自己評価', '課題', '今後の方向性'].filter((label) => rows.has(label))).toEqual([]);
  });

  it('is 照会中 once the department was sent the 実績照会, which asks for results too, until the deadline', () => {
    const rows = sheetWithoutResult({ sentAt: new Map([['総務部人事課', '2025-04-01T00:00:00+09:00']]), deadline: '2025-06-30', today: '2025-06-30' });
    expect(rows.get('実施結果')).toBe(`${WHAT}は照会中です（提出期限 令和7年6月30日）。`);
  });

  it('is 未報告 after the deadline', () => {
    const rows = sheetWithoutResult({ sentAt: new Map([['総務部人事課', '2025-04-01T00:00:00+09:00']]), deadline: '2025-06-30', today: '2025-07-01' });
    expect(rows.get('実施結果')).toBe(`${WHAT}は、提出期限（令和7年6月30日）を過ぎても報告されていません（未報告）。`);
  });

  it('still shows the plan and the budget', () => {
    const rows = sheetWithoutResult(NO_REQUESTS);
    expect(rows.get('工程（令和6年度）')).toBe('階層別研修：新任管理職研修の開始');
    // The 決算額 is part of the missing result.
    expect(rows.get('事業費（千円）')).toBe('令和6年度 予算：事業費 12,500／一般財源 10,000／人件費 2,493');
  });
});

describe('the sheet of a 再掲 project', () => {
  it('points to the project it repeats instead of repeating its sheet', () => {
    const progress = progressOf();
    expect(sheets(progress, [project(progress, '2')])).toEqual([
      { kind: 'heading', level: 4, text: '2 人材育成推進事業（再掲）', id: 'sheet-1' },
      { kind: 'paragraph', text: '再掲（もとの事業 1 人材育成推進事業）。実施結果と指標は、もとの事業に記しています。' },
    ]);
  });
});

describe('the sheets of the bundled plans', () => {
  it.each([
    ['gyozaisei', 2024],
    ['shakai-sankaku', 2022],
  ])('%s in %i are built without an undefined or NaN in any text', (id, year) => {
    const { data, rubric } = planOf(seeds, id);
    const progress = planProgress(data, year, rubric, () => NO_REQUESTS);
    const blocks = sheets(progress, progress.projects.projects);
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(progress.projects.projects.length);
    expect(cellTexts(blocks).filter((t) => /undefined|NaN/.test(t))).toEqual([]);
  });
});
