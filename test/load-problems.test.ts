import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/load/load-data.ts';
import { ACTUALS, fixtureWith, MINIMAL, MUNICIPALITY, PLAN, PROJECTS, problemsWith } from './helpers/fixture.ts';

const original = (name: string) => readFile(path.join(MINIMAL, name), 'utf8');
/** The fixture's file with one piece of text replaced; fails loudly if the piece is not there. */
async function edited(name: string, from: string, to: string): Promise<string> {
  const text = await original(name);
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('loading the minimal data set', () => {
  it('succeeds and merges CSV actuals into their indicator', async () => {
    const result = await loadData(MINIMAL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [project] = result.dataset.municipalities[0]!.plans[0]!.projects;
    // "１，１５０" in the CSV: full-width digits and comma → 1150.
    expect(project!.indicators![0]!.actuals!.get(2024)).toMatchObject({ value: 1150, note: '4月〜3月の延べ人数' });
  });

  it('reads numbers typed with 桁区切り in YAML', async () => {
    const result = await loadData(MINIMAL);
    if (!result.ok) throw new Error('fixture must load');
    const [project] = result.dataset.municipalities[0]!.plans[0]!.projects;
    expect(project!.indicators![0]!.targets!.get(2024)!.value).toBe(1200);
  });
});

describe('problems name the file, the line, the place and what is wrong', () => {
  it('a value that is not a number', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "2024: '1,200'", "2024: '1,200人'") });
    expect(problems).toEqual([
      {
        code: 'NOT_A_NUMBER',
        file: PROJECTS,
        line: 13,
        where: '事業 1「人材育成推進事業」 > 指標 1-1「研修参加者数」 > 目標値 > 2024年度 > 値',
        message: '「1,200人」は数値として読めません（単位は unit 欄に書きます）',
      },
    ]);
  });

  it('a missing required field', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '  name: 人材育成推進事業\n', '') });
    expect(problems).toMatchObject([{ code: 'MISSING_FIELD', file: PROJECTS, line: 1, message: '必須の項目「名称」（name）がありません' }]);
  });

  it('a misspelt field name', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '  sdgs:', '  sgds:') });
    expect(problems).toMatchObject([{ code: 'UNKNOWN_FIELD', message: '知らない項目名です: 「sgds」（綴りを確かめてください）' }]);
  });

  it('a category that does not exist', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '2024: 拡充', '2024: 継読') });
    expect(problems).toMatchObject([
      { code: 'NOT_ALLOWED_VALUE', line: 6, message: '2024年度の欄に使える値は 「新規」、「追加」、「拡充」、「継続」、「完了・統合」、「再掲」 のどれかです' },
    ]);
  });

  it('a fiscal year that cannot be read', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '{ 2024: 拡充 }', '{ 令和X年度: 拡充 }') });
    expect(problems).toMatchObject([{ code: 'BAD_FISCAL_YEAR', message: '「令和X年度」は年度として読めません（例: 2024 または 令和6年度）' }]);
  });

  it('the same year written twice, once as 和暦', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '{ 2024: 拡充 }', '{ 2024: 拡充, 令和6年度: 継続 }') });
    expect(problems).toMatchObject([{ code: 'DUPLICATE_YEAR', message: '令和6年度が二度書かれています' }]);
  });

  it('broken YAML', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, 'title: テスト市協働推進計画', 'title: テスト市協働推進計画\n  title: 二重') });
    expect(problems[0]).toMatchObject({ code: 'YAML_SYNTAX', file: PLAN, line: 2 });
  });

  it('a plan folder without plan.yaml', async () => {
    const problems = await problemsWith({ [PLAN]: null });
    expect(problems).toEqual([{ code: 'MISSING_FILE', file: PLAN, message: '計画のフォルダに plan.yaml がありません' }]);
  });

  it('a format problem and a year outside the period in the same file, in one pass', async () => {
    const text = (await original(PROJECTS)).replace('2024: 拡充', '2024: 継読').replace('categories: { 2024: 再掲 }', 'categories: { 2024: 再掲, 2031: 継続 }');
    const problems = await problemsWith({ [PROJECTS]: text });
    expect(problems.map((p) => p.code).sort()).toEqual(['NOT_ALLOWED_VALUE', 'YEAR_OUT_OF_PERIOD']);
  });

  it('every problem at once, not just the first', async () => {
    const projects = (await original(PROJECTS)).replace("2024: '1,200'", "2024: 'x'").replace('2024: 拡充', '2024: 継読');
    const plan = await edited(PLAN, "    unit: '%'\n", '');
    const problems = await problemsWith({ [PROJECTS]: projects, [PLAN]: plan });
    expect(problems.map((p) => p.code).sort()).toEqual(['MISSING_UNIT', 'NOT_ALLOWED_VALUE', 'NOT_A_NUMBER'].sort());
  });
});

describe('cross-checks', () => {
  it('an id used twice', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "- id: '2'", "- id: '1'") });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'DUPLICATE_ID',
        line: 27,
        message: expect.stringContaining('事業ID「1」が二度使われています（最初は testcity/sample-plan/projects/projects.yaml:1）'),
      }),
    );
  });

  it('a 再掲 row pointing to a row that does not exist', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "repeatOf: '1'", "repeatOf: '9'") });
    expect(problems).toMatchObject([{ code: 'BAD_REPEAT', line: 33, message: '再掲元の事業「9」がこの計画にありません' }]);
  });

  it('a self-evaluation the municipality’s rubric does not have, at its own line', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, 'selfEvaluation: 遅れ', 'selfEvaluation: B') });
    expect(problems).toMatchObject([
      {
        code: 'UNKNOWN_EVALUATION',
        line: 23,
        message: '自己評価「B」は評価基準「標準（4段階）」の段階にありません（「達成」、「概ね順調」、「遅れ」、「大幅な遅れ」のどれかを書きます）',
      },
    ]);
  });

  it('a 再掲 row without repeatOf', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "  repeatOf: '1'\n", '') });
    expect(problems).toMatchObject([{ code: 'BAD_REPEAT', message: '再掲の事業には、再掲元の事業IDを repeatOf に書きます' }]);
  });

  it('a 再掲 row naming an indicator its original does not have', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "  repeatOf: '1'\n", "  repeatOf: '1'\n  repeatedIndicators: [1-2]\n") });
    expect(problems).toMatchObject([{ code: 'BAD_REPEAT', line: 34, message: '指標「1-2」は再掲元「1」の指標ではありません（再掲元の指標: 1-1）' }]);
  });

  it('re-listed indicators on a row that repeats nothing', async () => {
    const problems = await problemsWith({
      [PROJECTS]: await edited(PROJECTS, "  sdgs: ['17.14', 3.a]\n", "  sdgs: ['17.14', 3.a]\n  repeatedIndicators: [1-1]\n"),
    });
    expect(problems).toMatchObject([{ code: 'BAD_REPEAT', message: expect.stringContaining('repeatOf のある再掲の事業だけです') }]);
  });

  it('the same figure said to be in a plan the municipality does not have', async () => {
    const problems = await problemsWith({
      [PLAN]: await edited(PLAN, '    direction: increase\n', '    direction: increase\n    sameMeasureAs: { plan: other-plan, indicator: x-1 }\n'),
    });
    expect(problems).toMatchObject([
      {
        code: 'UNKNOWN_INDICATOR',
        file: PLAN,
        where: '指標 overall-1「地域への愛着度」 > 他の計画の同じ指標',
        message: '計画「other-plan」はこの自治体にありません（sample-plan）',
      },
    ]);
  });

  it('a running total without the year it starts from', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, '    direction: increase\n', '    direction: increase\n    accumulation: 累計\n') });
    expect(problems).toMatchObject([{ code: 'MISSING_FIELD', file: PLAN, message: expect.stringContaining('累計の起点の年度（cumulativeFrom') }]);
  });

  it('a figure too large to be real (1,000兆 or more) is refused, not printed in exponent form', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, 'finalTarget: { value: 70.0', 'finalTarget: { value: 1e23') });
    expect(problems).toMatchObject([
      { code: 'NOT_A_NUMBER', file: PLAN, message: '「1e+23」は桁が多すぎます（1,000兆以上の値は扱えません）。桁の誤りではありませんか' },
    ]);
  });

  it('a project under a node the plan does not have', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, 'node: 施策2', 'node: 施策3') });
    expect(problems).toMatchObject([{ code: 'UNKNOWN_NODE', message: expect.stringContaining('階層「施策3」がこの計画にありません') }]);
  });

  it('an unknown department, with the closest known ones', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, 'departments: 総務部人事課', 'departments: 総務部人時課') });
    expect(problems).toMatchObject([
      {
        code: 'UNKNOWN_DEPARTMENT',
        line: 5,
        message: '担当課「総務部人時課」が担当課の一覧（municipality.yaml）にありません。近い名前: 総務部人事課、教育総務部総務課、上下水道局総務課',
      },
    ]);
  });

  it('a section name shared by two divisions, written without its 部', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, 'departments: 総務部人事課', 'departments: 総務課') });
    expect(problems).toMatchObject([
      { code: 'UNKNOWN_DEPARTMENT', message: '「総務課」に当たる課が複数あります（教育総務部総務課、上下水道局総務課）。部名から書いてください' },
    ]);
  });

  it('a fiscal year outside the plan period', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, "2024: '1,200'", "2030: '1,200'") });
    expect(problems).toMatchObject([{ code: 'YEAR_OUT_OF_PERIOD', message: '令和12年度（2030年度）は計画期間（2022〜2025年度）の外です' }]);
  });

  it('a numeric indicator without a unit', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, "    unit: '%'\n", '') });
    expect(problems).toMatchObject([{ code: 'MISSING_UNIT', file: PLAN, where: '指標 overall-1「地域への愛着度」 > 単位' }]);
  });

  it('a numeric indicator whose target is only words', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, 'finalTarget: { value: 70.0,', 'finalTarget: { text: 向上させる,') });
    expect(problems).toMatchObject([
      { code: 'MISSING_NUMBER', message: '最終目標に数値（value）がありません。言葉だけの目標なら direction を qualitative にします' },
    ]);
  });

  it('a plan whose id differs from its folder', async () => {
    const problems = await problemsWith({ [PLAN]: await edited(PLAN, 'id: sample-plan', 'id: other-plan') });
    expect(problems).toMatchObject([{ code: 'FOLDER_MISMATCH', line: 1 }]);
  });

  it('a real-looking address marked as a placeholder', async () => {
    const problems = await problemsWith({ [MUNICIPALITY]: await edited(MUNICIPALITY, 'jinji@testcity.example.jp', 'jinji@city.testcity.lg.jp') });
    expect(problems).toMatchObject([{ code: 'INVALID', message: expect.stringContaining('例示用のドメイン（example.jp など）ではありません') }]);
  });

  it('an example address not marked as a placeholder', async () => {
    const problems = await problemsWith({
      [MUNICIPALITY]: await edited(MUNICIPALITY, '{ address: jinji@testcity.example.jp, placeholder: true }', 'jinji@testcity.example.jp'),
    });
    expect(problems).toMatchObject([{ code: 'INVALID', message: expect.stringContaining('placeholder: true を付けてください') }]);
  });
});

describe('actuals CSV', () => {
  const csv = (body: string) => `指標ID,年度,実績値,備考\n${body}\n`;

  it('a blank value is absent, so the row is refused rather than read as 0', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,,') });
    expect(problems).toEqual([
      {
        code: 'MISSING_NUMBER',
        file: ACTUALS,
        line: 2,
        where: '2行目「実績値」列',
        message: '実績値も状況も空欄です。まだ報告がない指標は行ごと書かないでください',
      },
    ]);
  });

  it('reads △ as minus, and refuses a negative count as import does', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,△12,') });
    expect(problems).toEqual([
      {
        code: 'IMPLAUSIBLE_VALUE',
        file: ACTUALS,
        line: 2,
        where: '2行目「実績値」列',
        message: '負の値（-12）です。この指標の基準値・目標値・実績はすべて0以上です',
      },
    ]);
  });

  it('reads a figure typed with the indicator’s own unit, as import does (「１，１５０人」)', async () => {
    expect(await problemsWith({ [ACTUALS]: csv('1-1,2024,１，１５０人,') })).toEqual([]);
  });

  it('names the row and column of a figure with another unit', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,1150件,') });
    expect(problems).toMatchObject([{ code: 'NOT_A_NUMBER', line: 2, where: '2行目「実績値」列', message: '単位「件」は、この指標の単位（人）と違います' }]);
  });

  it('names the row and column of a value that is not a number, without pointing at a unit column the CSV has not got', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,たくさん,') });
    expect(problems).toMatchObject([
      {
        code: 'NOT_A_NUMBER',
        line: 2,
        where: '2行目「実績値」列',
        message: '「たくさん」は数値として読めません。数値だけを書きます（例: 1,234 や △5。単位は指標の単位と同じなら付けてもかまいません）',
      },
    ]);
  });

  it('refuses 「12 34」 rather than reading 1234', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,12 34,') });
    expect(problems).toMatchObject([{ code: 'NOT_A_NUMBER', line: 2 }]);
  });

  it('reads a quote inside a cell as a character (備考 「3"の配管」)', async () => {
    expect(await problemsWith({ [ACTUALS]: csv('1-1,2024,1150,3"の配管') })).toEqual([]);
  });

  it('names the line of a quote that is never closed, instead of stopping with a stack trace', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,1150,"閉じていない') });
    expect(problems).toMatchObject([{ code: 'CSV_SYNTAX', file: ACTUALS, message: expect.stringContaining('「"」で始まるセルが閉じられていない') }]);
  });

  it('refuses a value in a column without a heading, rather than dropping it', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,1150,備考,余分') });
    expect(problems).toMatchObject([{ code: 'CSV_HEADER', line: 2, where: '2行目 5列目' }]);
  });

  it('refuses a value ten times beyond every known figure, as import does', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,115000,') });
    expect(problems).toMatchObject([{ code: 'IMPLAUSIBLE_VALUE', message: expect.stringContaining('10倍を超えています') }]);
  });

  it('a file saved as UTF-16 is refused with advice', async () => {
    const problems = await problemsWith({ [ACTUALS]: new Uint8Array([0xff, 0xfe, 0x07, 0x63]) });
    expect(problems).toMatchObject([{ code: 'FILE_UNREADABLE', message: expect.stringContaining('UTF-16') }]);
  });

  it('a 400-digit actual, which JavaScript reads as Infinity, is refused with its row', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv(`1-1,2024,${'9'.repeat(400)},`) });
    expect(problems).toMatchObject([{ code: 'NOT_A_NUMBER', line: 2, where: '2行目「実績値」列', message: expect.stringContaining('桁が多すぎます') }]);
  });

  it('an actual of 1,000兆 or more is refused as a slipped digit', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,"1,000,000,000,000,000",') });
    expect(problems).toMatchObject([{ code: 'NOT_A_NUMBER', line: 2, message: expect.stringContaining('桁が多すぎます') }]);
  });

  it('an indicator the plan does not have', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('9-9,2024,5,') });
    expect(problems).toMatchObject([
      { code: 'UNKNOWN_INDICATOR', where: '2行目「指標ID」列', message: '指標ID「9-9」は計画「テスト市協働推進計画」にありません' },
    ]);
  });

  it('the same indicator and year twice', async () => {
    const problems = await problemsWith({ [ACTUALS]: csv('1-1,2024,1150,\n1-1,令和6年度,1160,') });
    expect(problems).toMatchObject([{ code: 'DUPLICATE_ACTUAL', line: 3, message: expect.stringContaining('actuals.csv の2行目にもあります') }]);
  });

  it('a heading it does not know', async () => {
    const problems = await problemsWith({ [ACTUALS]: '指標ID,年度,実績\n1-1,2024,5\n' });
    expect(problems).toMatchObject([{ code: 'CSV_HEADER', where: '3列目', message: expect.stringContaining('知らない見出し「実績」です') }]);
  });

  it('a file saved as Shift_JIS is refused with advice', async () => {
    const sjis = new Uint8Array([0x8e, 0x77, 0x95, 0x57, 0x49, 0x44, 0x0a]); // 「指標ID」 in Shift_JIS
    const problems = await problemsWith({ [ACTUALS]: sjis });
    expect(problems).toMatchObject([{ code: 'FILE_UNREADABLE', message: expect.stringContaining('CSV UTF-8') }]);
  });
});

describe('YAML read exactly as typed, or refused with its place', () => {
  it('keeps an unquoted id as typed: 1.10 is not 1.1', async () => {
    const dir = await fixtureWith({
      [ACTUALS]: null,
      [PROJECTS]: (await original(PROJECTS)).replace('    - id: 1-1\n', '    - id: 1.10\n').replace("- id: '2'", '- id: 0x1F'),
    });
    try {
      const result = await loadData(dir);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const [first, second] = result.dataset.municipalities[0]!.plans[0]!.projects;
      expect([first!.indicators![0]!.id, second!.id]).toEqual(['1.10', '0x1F']);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('names the line where an unclosed quote opens, not the end of the file', async () => {
    const problems = await problemsWith({ [PROJECTS]: await edited(PROJECTS, '  name: 人材育成推進事業\n', '  name: "人材育成推進事業\n') });
    expect(problems).toMatchObject([{ code: 'YAML_SYNTAX', line: 4, message: 'YAMLの書き方に誤りがあります（この行で始まる " が閉じられていません）' }]);
  });

  it('refuses an alias bomb with a Japanese message instead of a stack trace', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const problems = await problemsWith({ [PLAN]: bomb });
    expect(problems).toMatchObject([{ code: 'YAML_SYNTAX', file: PLAN, message: expect.stringContaining('別名（& と *）の参照が多すぎ') }]);
  });
});
