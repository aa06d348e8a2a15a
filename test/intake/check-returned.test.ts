import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReturned, type ImportSource } from '../../src/intake/check-returned.ts';
import { implausibility } from '../../src/load/plausible.ts';
import type { ReturnedRow } from '../../src/intake/returned-rows.ts';
import { loadData } from '../../src/load/load-data.ts';
import type { Dataset } from '../../src/load/dataset.ts';
import { Indicator } from '../../src/model/indicator.ts';
import { ACTUALS, fixtureWith, MINIMAL, PROJECTS } from '../helpers/fixture.ts';

// The minimal plan (2022–2025) without its actuals CSV: indicator 1-1 (人) has only a 2024 target of 1,200.
let dataset: Dataset;
let dir: string;
beforeAll(async () => {
  dir = await fixtureWith({ [ACTUALS]: null });
  const loaded = await loadData(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  dataset = loaded.dataset;
});
afterAll(() => rm(dir, { recursive: true }));

/** The same data with one more indicator (YAML flow map) on 人材育成推進事業, after 1-1. */
async function withIndicator(yaml: string): Promise<Dataset> {
  const projects = (await readFile(path.join(MINIMAL, PROJECTS), 'utf8')).replace(
    "      targets: { 2024: '1,200' }\n",
    `      targets: { 2024: '1,200' }\n    - ${yaml}\n`,
  );
  const fixture = await fixtureWith({ [ACTUALS]: null, [PROJECTS]: projects });
  const loaded = await loadData(fixture);
  await rm(fixture, { recursive: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.dataset;
}

const row = (over: Partial<ReturnedRow>): ReturnedRow => ({
  line: 5,
  municipality: 'testcity',
  plan: 'sample-plan',
  indicator: '1-1',
  year: 2024,
  actual: 1080,
  ...over,
});
const check = (...rows: ReturnedRow[]) => {
  const source: ImportSource = { file: 'jinji.xlsx', department: '総務部人事課', reporter: '山田', rows };
  return checkReturned([source], { dataset, currentYear: 2026, importedAt: '2026-11-23T10:00:00+09:00' });
};
const only = (...rows: ReturnedRow[]) => {
  const { changes, problems } = check(...rows);
  expect(changes).toEqual([]);
  expect(problems).toHaveLength(1);
  return problems[0]!.message;
};

describe('reading a returned actual', () => {
  it.each([
    ['a number cell', 1080, 1080],
    ['full-width digits with 桁区切り', '１，０８０', 1080],
    ['a trailing unit', '1,080人', 1080],
    ['a full-width trailing unit', '１０８０人', 1080],
  ])('reads %s', (_what, actual, value) => {
    const { changes, problems } = check(row({ actual }));
    expect(problems).toEqual([]);
    expect(changes[0]).toMatchObject({
      kind: 'new',
      year: 2024,
      after: { value, reportedBy: '総務部人事課 記入者 山田', reportedAt: '2026-11-23T10:00:00+09:00', importedFrom: 'jinji.xlsx' },
    });
  });

  it('reads a year written in 和暦', () => {
    expect(check(row({ year: '令和6年度' })).changes[0]).toMatchObject({ year: 2024 });
  });

  it('reads 「△」 as a minus sign (and then judges the value)', () => {
    expect(only(row({ actual: '△5' }))).toContain('負の値（-5）です');
  });
});

describe('rows that are not imported, each with its reason', () => {
  it('an indicator the plan does not have', () => {
    expect(only(row({ indicator: '9-9' }))).toBe('指標 9-9: 指標ID「9-9」は計画「テスト市協働推進計画」にありません');
  });

  it('a plan the municipality does not have', () => {
    expect(only(row({ plan: 'other' }))).toBe('指標 1-1: 計画ID「other」はテスト市の計画にありません');
  });

  it('a year outside the plan period', () => {
    expect(only(row({ year: 2030 }))).toBe('指標 1-1: 2030年度は計画「テスト市協働推進計画」の期間（2022〜2025年度）の外です');
  });

  it('a year that has not begun', () => {
    const source: ImportSource = { file: 'x.csv', department: '総務部人事課', rows: [row({ year: 2025 })] };
    const { problems } = checkReturned([source], { dataset, currentYear: 2024, importedAt: '2024-11-23T10:00:00+09:00' });
    expect(problems.map((p) => p.message)).toEqual(['指標 1-1: 2025年度はまだ始まっていません']);
  });

  it('a year that is not a year', () => {
    expect(only(row({ year: '来年' }))).toBe('指標 1-1: 年度「来年」が読めません（例: 2024 または 令和6年度）');
  });

  it('text that is not a number', () => {
    expect(only(row({ actual: '約千人' }))).toBe('指標 1-1: 「約千人」は数値として読めません。数値だけを書きます（例: 1,234 や △5）');
  });

  it('a number in another unit', () => {
    expect(only(row({ actual: '12件' }))).toBe('指標 1-1: 「12件」の単位「件」は、この指標の単位（人）と違います');
  });

  it('a value ten times beyond every figure the indicator has (1,200 × 10 = 12,000)', () => {
    expect(check(row({ actual: 12000 })).problems).toEqual([]);
    expect(only(row({ actual: 12001 }))).toContain('12,001 は、この指標のこれまでの値（最大 1,200）の10倍を超えています');
  });

  it('a value below a tenth of every figure (1,200 ÷ 10 = 120)', () => {
    // 120 of 1,200 is 10.0%: far behind, so it comes with its reason.
    expect(check(row({ actual: 120, reason: '研修の多くが中止になった' })).problems).toEqual([]);
    expect(only(row({ actual: 119 }))).toContain('119 は、この指標のこれまでの値（最小 1,200）の10分の1より小さい値です');
  });

  it('the same indicator and year twice with different values', () => {
    const { changes, problems } = check(row({ actual: 1080 }), row({ line: 6, actual: 1090 }));
    expect(changes).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual(['指標 1-1: 同じ指標・年度が jinji.xlsx の5行目にもあり、値が違います。どちらか一つにしてください']);
  });
});

describe('whose report it is', () => {
  const from = (department: string | undefined, ...rows: ReturnedRow[]) =>
    checkReturned([{ file: 'from.xlsx', department, reporter: '山田', rows }], { dataset, currentYear: 2026, importedAt: '2026-11-23T10:00:00+09:00' });

  it("refuses another department's indicator: 1-1 is 総務部人事課's alone", () => {
    const { changes, problems } = from('環境部5R推進課', row({}));
    expect(changes).toEqual([]);
    expect(problems).toEqual([
      { file: 'from.xlsx', line: 5, message: '指標 1-1: 環境部5R推進課の担当ではない指標です（担当: 総務部人事課）。担当課のシートで報告してもらってください' },
    ]);
  });

  it('takes the department under another spelling, and records it by its full name', () => {
    const { changes, problems } = from('人事課', row({}));
    expect(problems).toEqual([]);
    expect(changes[0]).toMatchObject({ kind: 'new', after: { reportedBy: '総務部人事課 記入者 山田' } });
  });

  it('refuses a sheet whose 担当課 was emptied, once for the file with the rows it holds', () => {
    const { changes, problems } = from(undefined, row({}), row({ line: 6, year: 2023 }));
    expect(changes).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'from.xlsx',
        line: 0,
        message:
          '「担当課」の欄が空なので、どの課の報告か分かりません。shinchoku collect で作ったシートの「担当課」の欄は消さずに返してもらってください（2行を取り込んでいません）',
      },
    ]);
  });

  it('refuses a 担当課 the municipality does not have', () => {
    expect(from('総務部人事係', row({})).problems.map((p) => p.message)).toEqual([
      '担当課「総務部人事係」はテスト市の担当課の一覧にありません（1行を取り込んでいません）',
    ]);
  });

  it('refuses a 担当課 that could be two departments', () => {
    expect(from('総務課', row({})).problems.map((p) => p.message)).toEqual([
      '担当課「総務課」に当たる課がテスト市に複数あります（教育総務部総務課、上下水道局総務課）。部名から書いてください（1行を取り込んでいません）',
    ]);
  });

  it('takes a shared indicator from either of its departments', async () => {
    const withShared = await withIndicator('{ id: 1-3, name: 合同研修の回数, unit: 回, direction: increase, owner: [人事課, 5R推進課] }');
    const shared = (department: string) =>
      checkReturned([{ file: 's.xlsx', department, rows: [row({ indicator: '1-3', actual: 4 })] }], {
        dataset: withShared,
        currentYear: 2026,
        importedAt: '2026-11-23T10:00:00+09:00',
      });
    expect(shared('総務部人事課').changes).toHaveLength(1);
    expect(shared('環境部5R推進課').changes).toHaveLength(1);
    expect(shared('政策開発部広聴広報課').problems.map((p) => p.message)).toEqual([
      '指標 1-3: 政策開発部広聴広報課の担当ではない指標です（担当: 総務部人事課、環境部5R推進課）。担当課のシートで報告してもらってください',
    ]);
  });
});

describe('against the actuals the data already has', () => {
  it('never changes an actual transcribed from a document, but accepts the same value', async () => {
    const original = await fixtureWith({});
    const withCsv = await loadData(original);
    await rm(original, { recursive: true });
    if (!withCsv.ok) throw new Error('fixture');
    const source = (actual: number): ImportSource => ({ file: 'x.xlsx', department: '総務部人事課', rows: [row({ actual })] });
    const context = { dataset: withCsv.dataset, currentYear: 2026, importedAt: '2026-11-23T10:00:00+09:00' };
    expect(checkReturned([source(1100)], context).problems.map((p) => p.message)).toEqual([
      '指標 1-1: 2024年度の実績は原本から転記した値（1150）です。取り込みでは変えられません。誤りなら計画のデータを直してください',
    ]);
    expect(checkReturned([source(1150)], context).changes.map((c) => c.kind)).toEqual(['unchanged']);
  });
});

describe('a qualitative indicator', () => {
  it('takes a state from the list and refuses a number', async () => {
    const context = {
      dataset: await withIndicator('{ id: 1-2, name: 研修体系の見直し, direction: qualitative }'),
      currentYear: 2026,
      importedAt: '2026-11-23T10:00:00+09:00',
    };
    const run = (actual: ReturnedRow['actual']) =>
      checkReturned([{ file: 'q.xlsx', department: '総務部人事課', rows: [row({ indicator: '1-2', actual })] }], context);
    expect(run('達成').changes[0]).toMatchObject({ kind: 'new', after: { state: '達成' } });
    expect(run(3).problems.map((p) => p.message)).toEqual([
      '指標 1-2: 定性の指標です。実績には状況（達成・一部達成・未達成・評価不能・未着手・中止）のどれかを書きます（いまは「3」）',
    ]);
  });

  it('takes 一部達成 (遅れ on the default rubric) only with its 要因・課題', async () => {
    const context = {
      dataset: await withIndicator('{ id: 1-2, name: 研修体系の見直し, direction: qualitative }'),
      currentYear: 2026,
      importedAt: '2026-11-23T10:00:00+09:00',
    };
    const run = (reason?: string) =>
      checkReturned([{ file: 'q.xlsx', department: '総務部人事課', rows: [row({ indicator: '1-2', actual: '一部達成', reason })] }], context);
    expect(run().problems.map((p) => p.message)).toEqual([
      '指標 1-2: 2024年度の実績は目標に届いていません（遅れ：報告された状況「一部達成」）。「要因・課題」の欄に、その要因と今後の課題を書いてください',
    ]);
    expect(run('階層別研修の見直しが来年度に残った').changes[0]).toMatchObject({
      kind: 'new',
      after: { state: '一部達成', reason: '階層別研修の見直しが来年度に残った' },
    });
  });
});

describe('plausibility by unit', () => {
  const percent = Indicator.parse({ id: 'p', name: '満足度', unit: '%', direction: 'increase', baseline: { value: 67.6 }, finalTarget: { value: 70 } });

  it('keeps a share within 0–100 %', () => {
    expect(implausibility(100, percent, 2024)).toBeUndefined();
    expect(implausibility(100.5, percent, 2024)).toBe('100.5% は 0〜100% の範囲の外です（この指標の基準値・目標値・実績はすべてこの範囲です）');
  });

  it('allows a negative change on a ポイント indicator', () => {
    const change = Indicator.parse({ id: 'c', name: '増減', unit: 'ポイント', direction: 'increase', baseline: { value: 2 }, finalTarget: { value: 5 } });
    expect(implausibility(-1, change, 2024)).toBeUndefined();
  });

  it('judges nothing when the indicator has no figures yet', () => {
    const bare = Indicator.parse({ id: 'b', name: '新しい指標', unit: '件', direction: 'increase' });
    expect(implausibility(123456, bare, 2024)).toBeUndefined();
  });
});
