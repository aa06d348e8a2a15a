import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CollectRow } from '../../src/collect/collect-rows.ts';
import { departmentWorkbook } from '../../src/collect/workbook.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { cellUnder } from '../helpers/sheet.ts';

const base: CollectRow = {
  municipalityId: 'testcity', planId: 'p', planTitle: '計画', node: '方針 > 施策', indicatorId: '1-1', indicatorName: '研修参加者数', unit: '人',
  qualitative: false, baseline: '—', target: '1,200人（令和6年度）', guide: '', earlier: '', year: 2024, fixed: false,
};

async function sheetOf(rows: CollectRow[]) {
  const bytes = await departmentWorkbook({ municipality: 'テスト市', department: '総務部人事課', year: 2024, sender: { from: { name: '行政経営課', address: 'shinchoku@testcity.lg.jp' }, signature: ['テスト市 行政経営課'] }, edition: 'abc', rows, templates: loadTemplates('Asia/Tokyo') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('実績報告')!;
}

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
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 100, fitToPage: false, printTitlesRow: '4:4', printTitlesColumn: 'D:E' });
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
});
