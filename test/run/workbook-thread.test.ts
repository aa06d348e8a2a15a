// The 実績照会 workbooks of a run are built on a second thread: what comes back must be the
// workbook, opened here by exceljs, and a failure there must reach the run as an error.
import ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import type { WorkbookInput } from '../../src/collect/workbook.ts';
import { DEFAULT_RUBRIC } from '../../src/model/rubric.ts';
import { startWorkbookThread, type WorkbookThread } from '../../src/run/workbook-thread.ts';
import { INDICATOR_ROW } from '../helpers/collect-row.ts';
import { cellUnder } from '../helpers/sheet.ts';

const input: WorkbookInput = {
  municipality: 'テスト市',
  department: '総務部人事課',
  year: 2024,
  sender: { from: { name: '行政経営課', address: 'shinchoku@testcity.lg.jp' }, signature: ['テスト市 行政経営課'] },
  edition: 'abc',
  rows: [INDICATOR_ROW],
  measures: [],
  rubric: DEFAULT_RUBRIC,
  instructions: '令和6年度 実績照会\n1行目の説明',
};

let thread: WorkbookThread | undefined;
afterEach(async () => {
  await thread?.close();
  thread = undefined;
});

test('a workbook built on the second thread opens with the department’s indicators', async () => {
  thread = startWorkbookThread();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await thread.build(input)) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('実績報告')!;
  expect(cellUnder(sheet, '指標名', 5).value).toBe('研修参加者数');
  expect(cellUnder(sheet, '目標値', 5).value).toBe(1200);
});

test('workbooks asked for together each come back as their own', async () => {
  thread = startWorkbookThread();
  const [a, b] = await Promise.all([thread.build(input), thread.build({ ...input, department: '財務部財政課' })]);
  const departmentOf = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return JSON.stringify(wb.getWorksheet('実績報告')!.getSheetValues());
  };
  expect(await departmentOf(a)).toContain('総務部人事課');
  expect(await departmentOf(b)).toContain('財務部財政課');
});

test('a workbook that cannot be built fails with the thread’s reason', async () => {
  thread = startWorkbookThread();
  const failure = await thread.build({ ...input, rows: null as never }).catch((error: Error) => error);
  expect((failure as Error).message).toMatch(/^実績照会の Excel を作れませんでした: Cannot read properties of null/);
  // A sentence for the message; the thread's stack only where an unexpected error's details are printed.
  expect((failure as Error).message).not.toContain('    at ');
  expect((failure as Error).stack).toContain('実績照会のスレッド');
});

test('nothing is built after the thread is closed', async () => {
  thread = startWorkbookThread();
  await thread.close();
  await expect(thread.build(input)).rejects.toThrow(/スレッドが終了しました/);
});
