// A yearly run builds its 64 実績照会 workbooks on a second thread while it prints the PDFs: each
// file it writes must be that department's whole workbook, opened here by exceljs.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, test } from 'vitest';
import { shinchoku } from '../helpers/run-cli.ts';

let workbooks: string[];
beforeAll(async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-run-workbooks-'));
  expect((await shinchoku('run', '--year', '2024', '--dry-run', '--out', out)).code).toBe(0);
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  workbooks = entries.filter((e) => e.isFile() && e.name.endsWith('.xlsx')).map((e) => path.join(e.parentPath, e.name));
}, 120_000);

test('the run of the bundled plans writes a workbook for each department asked', () => {
  // Enough for the second thread (8 or more alongside the PDFs).
  expect(workbooks.length).toBeGreaterThan(8);
});

test('each workbook opens whole and asks its own department', async () => {
  for (const file of workbooks) {
    const department = /令和6年度_実績照会_(.+)\.xlsx$/.exec(path.basename(file))![1]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(String(wb.getWorksheet('記入のしかた')!.getCell(1, 1).value), file).toBe(`令和6年度の実績のご報告のお願い（${department}）`);
    expect(wb.getWorksheet('実績報告') ?? wb.getWorksheet('事業の実施状況'), file).toBeDefined();
  }
});
