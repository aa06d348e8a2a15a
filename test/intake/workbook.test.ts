import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CollectRow } from '../../src/collect/collect-rows.ts';
import type { MeasureRow } from '../../src/collect/measure-rows.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { departmentWorkbook, instructionsText } from '../../src/collect/workbook.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { INDICATOR_ROW } from '../helpers/collect-row.ts';
import { cellUnder } from '../helpers/sheet.ts';

const base = INDICATOR_ROW;

const measure: MeasureRow = {
  municipalityId: 'testcity',
  planId: 'p',
  planTitle: '計画',
  node: '1-2 人材の育成',
  number: '1-2 ①',
  projectId: 'a1',
  name: '人材育成推進事業',
  steps: '新任管理職研修の開始',
  budget: 12500,
  hasCosts: true,
  year: 2024,
  fixed: false,
};

async function workbookOf(rows: CollectRow[], measures: MeasureRow[] = []) {
  const data = {
    municipality: 'テスト市',
    department: '総務部人事課',
    year: 2024,
    sender: { from: { name: '行政経営課', address: 'shinchoku@testcity.lg.jp' }, signature: ['テスト市 行政経営課'] },
    edition: 'abc',
    rows,
    measures,
    rubric: DEFAULT_RUBRIC,
  };
  const bytes = await departmentWorkbook({ ...data, instructions: instructionsText(loadTemplates('Asia/Tokyo'), data) });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const sheetOf = async (rows: CollectRow[]) => (await workbookOf(rows)).getWorksheet('実績報告')!;
const measuresOf = async (measures: MeasureRow[]) => (await workbookOf([], measures)).getWorksheet('事業の実施状況')!;

describe('the 実績照会 sheet', () => {
  it('offers the list of states, not numbers, for a qualitative indicator', async () => {
    const sheet = await sheetOf([{ ...base, qualitative: true, unit: undefined }]);
    expect(cellUnder(sheet, '実績', 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"達成,一部達成,未達成,評価不能,未着手,中止"'] });
  });

  it('shows an actual transcribed from a document locked, with no input check', async () => {
    const sheet = await sheetOf([{ ...base, fixed: true, current: { value: 1150 } }]);
    expect(cellUnder(sheet, '実績', 5).value).toBe(1150);
    expect(cellUnder(sheet, '実績', 5).protection?.locked).not.toBe(false);
    expect(cellUnder(sheet, '実績', 5).dataValidation).toBeUndefined();
    expect(cellUnder(sheet, '備考', 5).protection?.locked).toBe(false);
  });

  it('prints at full size, split across pages with the headings and the indicator repeated, rather than shrunk', async () => {
    const sheet = await sheetOf([base]);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      scale: 100,
      fitToPage: false,
      printTitlesRow: '4:4',
      printTitlesColumn: 'B:C',
    });
    expect(cellUnder(sheet, '実績', 5).font?.size).toBeGreaterThanOrEqual(9);
  });

  it('rules every cell of the table, headings included', async () => {
    const sheet = await sheetOf([base]);
    for (const heading of ['指標名', '実績', '要因・課題']) {
      for (const cell of [cellUnder(sheet, heading, 4), cellUnder(sheet, heading, 5)]) {
        expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
      }
    }
  });

  it('asks for the 要因・課題 in an input cell of its own', async () => {
    const reason = cellUnder(await sheetOf([base]), '要因・課題', 5);
    expect(reason.protection?.locked).toBe(false);
    expect(reason.dataValidation).toMatchObject({ type: 'textLength', showInputMessage: true, promptTitle: '要因・課題' });
  });

  it("keeps the plan's figures as numbers in its precision, with the ※ notes and conditions in a column of their own", async () => {
    const sheet = await sheetOf([
      { ...base, unit: '%', baseline: 8.93, baselineWhen: '令和3年度', target: 10, decimals: 2, marks: '目標は以上\n※目標値：国の調査による' },
    ]);
    expect(cellUnder(sheet, '基準値', 5).value).toBe(8.93);
    expect(cellUnder(sheet, '基準値', 5).numFmt).toBe('#,##0.00');
    expect(cellUnder(sheet, '目標値', 5).value).toBe(10);
    expect(cellUnder(sheet, '目標値', 5).numFmt).toBe('#,##0.00');
    expect(cellUnder(sheet, '注記', 5).value).toBe('目標は以上\n※目標値：国の調査による');
  });

  it('leaves out the 事業の実施状況 sheet for a department that runs no project, and the 実績報告 sheet for one without indicators', async () => {
    expect((await workbookOf([base])).getWorksheet('事業の実施状況')).toBeUndefined();
    expect((await workbookOf([], [measure])).getWorksheet('実績報告')).toBeUndefined();
  });
});

describe('the 事業の実施状況 sheet', () => {
  it("offers each result field as a list: 工程の進み, the rubric's 自己評価 and 今後の方向性", async () => {
    const sheet = await measuresOf([measure]);
    expect(cellUnder(sheet, '工程の進み', 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"前倒し,計画どおり,遅れ,未着手,完了"'] });
    expect(cellUnder(sheet, '自己評価', 5).dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${DEFAULT_RUBRIC.bands.map((b) => b.label).join(',')}"`],
    });
    expect(cellUnder(sheet, '今後の方向性', 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"拡充,継続,見直し,縮小,廃止,完了"'] });
    expect(cellUnder(sheet, '実施状況', 5).dataValidation).toMatchObject({ type: 'textLength', formulae: [1001] });
  });

  it('asks for a 決算額 only where the plan carries costs', async () => {
    const sheet = await measuresOf([measure, { ...measure, projectId: 'a2', budget: undefined, hasCosts: false }]);
    expect(cellUnder(sheet, '決算額（千円）', 5).protection?.locked).toBe(false);
    expect(cellUnder(sheet, '決算額（千円）', 5).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 1e12] });
    expect(cellUnder(sheet, '決算額（千円）', 6).value).toBe('—');
    expect(cellUnder(sheet, '決算額（千円）', 6).protection?.locked).not.toBe(false);
  });

  it('names each project with its place in the plan and prints ruled at full size', async () => {
    const sheet = await measuresOf([measure]);
    expect(cellUnder(sheet, '番号', 5).value).toBe('1-2 ①');
    expect(cellUnder(sheet, '計画・階層', 5).value).toBe('計画\n1-2 人材の育成');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      scale: 100,
      fitToPage: false,
      printTitlesRow: '4:4',
      printTitlesColumn: 'C:D',
    });
    expect(cellUnder(sheet, '実施状況', 5).border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
  });
});
