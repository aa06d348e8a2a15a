import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReturnedMeasures } from '../../src/intake/check-returned-measures.ts';
import type { ReturnedMeasure } from '../../src/intake/returned-measures.ts';
import type { Dataset } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import { fixtureWith } from '../helpers/fixture.ts';

// The minimal plan (2022–2025): project 1 (総務部人事課, budget in 2024) has a 2024 result in its YAML;
// project 2 is run by 人事課 and 3R推進課.
let dataset: Dataset;
let dir: string;
beforeAll(async () => {
  dir = await fixtureWith({});
  const loaded = await loadData(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  dataset = loaded.dataset;
});
afterAll(() => rm(dir, { recursive: true }));

const row = (over: Partial<ReturnedMeasure>): ReturnedMeasure => ({
  line: 5,
  municipality: 'testcity',
  plan: 'sample-plan',
  project: '1',
  year: 2023,
  done: '研修を2回開催した',
  settledCost: undefined,
  ...over,
});
const check = (department: string, ...rows: ReturnedMeasure[]) =>
  checkReturnedMeasures([{ file: 'jinji.xlsx', department, reporter: '山田', rows }], { dataset, currentYear: 2026, importedAt: '2026-11-23T10:00:00+09:00' });
const problemOf = (over: Partial<ReturnedMeasure>, department = '総務部人事課') => {
  const { changes, problems } = check(department, row(over));
  expect(changes).toEqual([]);
  return problems.map((p) => p.message);
};

describe("checking a returned project's result", () => {
  it('takes a new result with who, when and which file', () => {
    const { changes, problems } = check('総務部人事課', row({ schedule: '計画どおり', selfEvaluation: '概ね順調', direction: '継続', settledCost: 9876 }));
    expect(problems).toEqual([]);
    expect(changes.map((c) => [c.kind, c.project.id, c.year, c.after])).toEqual([
      [
        'new',
        '1',
        2023,
        {
          done: '研修を2回開催した',
          schedule: '計画どおり',
          selfEvaluation: '概ね順調',
          direction: '継続',
          settledCost: 9876,
          reportedBy: '総務部人事課 記入者 山田',
          reportedAt: '2026-11-23T10:00:00+09:00',
          importedFrom: 'jinji.xlsx',
        },
      ],
    ]);
  });

  it("refuses another department's project", () => {
    expect(problemOf({}, '政策開発部広聴広報課')).toEqual([
      '事業 1: 政策開発部広聴広報課の担当ではない事業です（担当: 総務部人事課）。担当課のシートで報告してもらってください',
    ]);
  });

  it('refuses a choice that is not on the list, and a rubric label the municipality does not use', () => {
    expect(problemOf({ direction: '拡大' })).toEqual(['事業 1: 今後の方向性「拡大」は選べる値にありません（拡充・継続・見直し・縮小・廃止・完了）']);
    expect(problemOf({ selfEvaluation: 'A' })[0]).toContain('自己評価「A」は評価基準');
  });

  it('requires 実施状況, and 課題 when the 工程 is behind or not started', () => {
    expect(problemOf({ done: undefined, schedule: '計画どおり' })).toEqual(['事業 1: 「実施状況」が空欄です。この年度に実施したことを書いてください']);
    expect(problemOf({ schedule: '未着手' })).toEqual(['事業 1: 工程の進みが「未着手」です。「課題」の欄に、その理由と今後の課題を書いてください']);
  });

  it('refuses a 決算額 that is not an amount, and text over 1,000 characters', () => {
    expect(problemOf({ settledCost: '約1万' })).toEqual(['事業 1: 決算額「約1万」は千円単位の金額として読めません。数値だけを書きます（例: 12,345）']);
    expect(problemOf({ done: 'あ'.repeat(1001) })).toEqual(['事業 1: 「実施状況」が1001字あります。1000字までにしてください']);
  });

  it('refuses a 決算額 for a project without costs in the plan', () => {
    expect(problemOf({ project: '2', settledCost: 100 })).toEqual([
      '事業 2: この事業は計画に事業費の記載がないため、決算額は受け付けていません。決算額の欄は空欄にしてください',
    ]);
  });

  it('leaves a result transcribed from the plan as it is, and refuses to change it', () => {
    const same = check(
      '総務部人事課',
      row({
        year: 2024,
        done: '新任管理職研修を3回開催した',
        schedule: '遅れ',
        selfEvaluation: '遅れ',
        issues: '受講者の日程調整が難しい',
        direction: '見直し',
        settledCost: 12345,
      }),
    );
    expect(same.changes.map((c) => c.kind)).toEqual(['unchanged']);
    expect(problemOf({ year: 2024, done: '別の内容' })).toEqual([
      '事業 1: 2024年度の実施結果は原本から転記したものです。取り込みでは変えられません。誤りなら計画のデータを直してください',
    ]);
  });
});
