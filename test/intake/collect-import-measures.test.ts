// collect → import for the 事業の実施状況 sheet: a project's result filled in by the department is
// taken in and printed; what the department cannot change comes back as it went.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, COLLECTED_RESULTS, setUp, SHEET, withoutResults } from '../helpers/collect-fixture.ts';
import { readPdf, squash } from '../helpers/pdf.ts';
import { cellUnder } from '../helpers/sheet.ts';

afterEach(cleanUp);

const HEADINGS =
  '計画・階層,番号,事業ID,事業名,この年度の工程,予算額（千円）,年度,実施状況,工程の進み,自己評価,課題,今後の方向性,決算額（千円）,備考,自治体ID,計画ID';
/** The 事業の実施状況 sheet saved as CSV by Excel, with its rows of cells after the headings. */
const measuresCsv = (...rows: string[]) =>
  ['テスト市 令和6年度（2024年度）の事業の実施状況', '担当課,総務部人事課', '記入者,山田', HEADINGS, ...rows, ''].join('\r\n');

describe('collect and import of project results', () => {
  it("round trip: a project's result, filled in on the 事業の実施状況 sheet, imports and the reports print it", async () => {
    const { data, out, cli } = await withoutResults();
    expect((await cli('collect', '--year', '2024')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '2024', 'testcity', 'collect', SHEET));
    const sheet = wb.getWorksheet('事業の実施状況')!;
    expect(cellUnder(sheet, '事業ID', 5).value).toBe('1');
    expect(cellUnder(sheet, 'この年度の工程', 5).value).toBe('階層別研修：新任管理職研修の開始');
    expect(cellUnder(sheet, '予算額（千円）', 5).value).toBe(12500);
    expect(cellUnder(sheet, '工程の進み', 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"前倒し,計画どおり,遅れ,未着手,完了"'] });
    expect(cellUnder(sheet, '決算額（千円）', 5).protection?.locked).toBe(false);
    cellUnder(sheet, '実施状況', 5).value = '新任管理職研修を2回開催した';
    cellUnder(sheet, '工程の進み', 5).value = '遅れ';
    cellUnder(sheet, '課題', 5).value = '講師の日程が合わず1回を翌年度に送った';
    cellUnder(sheet, '今後の方向性', 5).value = '見直し';
    cellUnder(sheet, '決算額（千円）', 5).value = 9876;
    sheet.getCell('B3').value = '山田 内線123';
    const filled = path.join(out, 'returned.xlsx');
    // Not xlsx.writeFile: it ends the file before its zip has been piped in, and under load leaves it empty.
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));

    const imported = await cli('import', filled);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    expect(imported.stdout).toContain('事業の実施結果');
    expect(imported.stdout).toContain('新規 1、変更 0、変更なし 0、問題 0');
    const csv = await readFile(path.join(data, COLLECTED_RESULTS), 'utf8');
    expect(csv).toContain('1,2024,新任管理職研修を2回開催した,遅れ,,講師の日程が合わず1回を翌年度に送った,見直し,9876,,,総務部人事課 記入者 山田 内線123,');
    expect(csv).toContain(',returned.xlsx');

    const report = await cli('report', '--year', '2024');
    const pdf = await readPdf(path.resolve('/', report.stdout.trim().split('\n')[0]!));
    const text = squash(pdf.pages.map((p) => p.text).join(''));
    expect(text).toContain('新任管理職研修を2回開催した');
    expect(text).toContain('講師の日程が合わず1回を翌年度に送った');
    expect(text).toContain('9,876');

    // The department's own report shows what was taken in.
    expect((await cli('run', '--year', '2024', '--dry-run')).code).toBe(0);
    const own = await readPdf(path.join(out, '2024', 'testcity', 'departments', '総務部人事課.pdf'));
    expect(squash(own.pages.map((p) => p.text).join(''))).toContain('令和6年度の実施結果：工程遅れ・方向性見直し');
  });

  it('takes back untouched a sheet whose result was transcribed from the plan, even if that result has no 実施状況', async () => {
    const { out, cli } = await setUp({
      'testcity/sample-plan/projects/projects.yaml': (
        await readFile(path.join(import.meta.dirname, '..', 'fixtures', 'minimal', 'testcity', 'sample-plan', 'projects', 'projects.yaml'), 'utf8')
      ).replace('      done: 新任管理職研修を3回開催した\n', ''),
    });
    expect((await cli('collect', '--year', '2024')).code).toBe(0);
    const result = await cli('import', path.join(out, '2024', 'testcity', 'collect', SHEET));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('変更なし 1、問題 0');
  });

  it("reads the sheet saved as Excel's default CSV (Shift_JIS), where 「—」 comes back as 「―」", async () => {
    const { data, out, cli } = await withoutResults();
    const file = path.join(out, 'measures.csv');
    await writeFile(
      file,
      iconv.encode(
        measuresCsv('テスト市協働推進計画,1,1,人材育成推進事業,,"12,500",2024,研修を2回開催した,計画どおり,,,継続,―,,testcity,sample-plan'),
        'Shift_JIS',
      ),
    );
    const result = await cli('import', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('新規 1、変更 0、変更なし 0、問題 0');
    expect(await readFile(path.join(data, COLLECTED_RESULTS), 'utf8')).toContain('1,2024,研修を2回開催した,計画どおり,,,継続,,,,総務部人事課 記入者 山田,');
  });

  it('refuses a result on a 再掲 row, naming the project it repeats', async () => {
    const { out, cli } = await withoutResults();
    const file = path.join(out, 'measures.csv');
    await writeFile(
      file,
      `\uFEFF${measuresCsv('テスト市協働推進計画,2,2,人材育成推進事業（再掲）,,,2024,研修を2回開催した,計画どおり,,,継続,,,testcity,sample-plan')}`,
    );
    const result = await cli('import', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('問題 measures.csv:5 事業 2: 再掲の行です。実施結果は、もとの事業「1 人材育成推進事業」の行に書いてください');
  });

  it('refuses the same project and year in two files with different content', async () => {
    const { out, cli } = await withoutResults();
    const row = (done: string) => `テスト市協働推進計画,1,1,人材育成推進事業,,,2024,${done},計画どおり,,,継続,,,testcity,sample-plan`;
    await writeFile(path.join(out, 'a.csv'), `\uFEFF${measuresCsv(row('研修を2回開催した'))}`);
    await writeFile(path.join(out, 'b.csv'), `\uFEFF${measuresCsv(row('研修を3回開催した'))}`);
    const result = await cli('import', path.join(out, 'a.csv'), path.join(out, 'b.csv'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('問題 b.csv:5 事業 1: 同じ事業・年度が a.csv の5行目にもあり、内容が違います。どちらか一つにしてください');
  });

  it('refuses a project result whose 工程 is behind without a 課題, naming the row', async () => {
    const { data, out, cli } = await withoutResults();
    const file = path.join(out, 'measures.csv');
    await writeFile(
      file,
      `\uFEFF${measuresCsv('テスト市協働推進計画,1,1,人材育成推進事業,,"12,500",2024,研修を2回開催した,遅れ,,,見直し,,,testcity,sample-plan')}`,
    );
    const result = await cli('import', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('問題 measures.csv:5 事業 1: 工程の進みが「遅れ」です。「課題」の欄に、その理由と今後の課題を書いてください');
    await expect(stat(path.join(data, COLLECTED_RESULTS))).rejects.toThrow();
  });
});
