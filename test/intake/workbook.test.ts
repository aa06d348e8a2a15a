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
});
