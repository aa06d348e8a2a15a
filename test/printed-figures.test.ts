// Every figure the yearly run prints, read back from what it wrote: the PDFs (annual and department
// reports), the mails in the outbox and the 実績照会 workbooks, as a council member, a department
// and a clerk get them. Nothing here trusts the code that wrote them.
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from './helpers/pdf.ts';
import { shinchoku } from './helpers/run-cli.ts';
import { cellUnder } from './helpers/sheet.ts';

/** What no printed page may show: non-finite values, exponent form, a year with 桁区切り, −0. */
const NEVER = /∞|Infinity|NaN|undefined|\de[+-]\d|[12],\d{3}年|−0(?![.\d])|(?<![\w-])-0(?![.\d])/;
/** A whole-number count printed with decimals: 「0.75件」, 「252.75名」. */
const FRACTIONAL_COUNT = /\d\.\d+(件|人|名|回|校|施設|館|か所|箇所|団体|事業|協定|台|橋|税目)/;

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name));
}

let out: string;
let pdfTexts: Map<string, string>;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'shinchoku-printed-'));
  expect((await shinchoku('run', '--year', '2024', '--out', out)).code).toBe(0);
  expect((await shinchoku('collect', '--year', '2024', '--out', out)).code).toBe(0);
  pdfTexts = new Map();
  for (const file of await filesUnder(out, '.pdf')) pdfTexts.set(path.relative(out, file), squash((await readPdf(file)).pages.map((p) => p.text).join('\n')));
}, 240_000);

const offending = (texts: Map<string, string>, pattern: RegExp) =>
  [...texts].flatMap(([file, text]) => (pattern.exec(text) ? [`${file}: ${pattern.exec(text)![0]}`] : []));

describe('the FY2024 run on the bundled plans', () => {
  it('writes the 4 annual reports and every department report', () => {
    expect([...pdfTexts.keys()].filter((f) => f.endsWith('annual-report.pdf'))).toHaveLength(4);
    expect(pdfTexts.size).toBeGreaterThan(60);
  });

  it('prints no non-finite value, no exponent form and no year with 桁区切り in any PDF', () => {
    expect(offending(pdfTexts, NEVER)).toEqual([]);
  });

  it('prints no count with decimals in any PDF (a 目安 for a count is a whole number)', () => {
    expect(offending(pdfTexts, FRACTIONAL_COUNT)).toEqual([]);
  });

  it('prints the plan’s comparators with its targets', () => {
    const gyozaisei = pdfTexts.get(path.join('2024', 'koriyama', 'gyozaisei', 'annual-report.pdf'))!;
    for (const target of ['85%以上を維持', '95%以上を維持', '99.1%以上', '96.6%以上', '75%以上', '30日以内', '1,350人以下', '10%以下'])
      expect(gyozaisei).toContain(target);
    const kyodo = pdfTexts.get(path.join('2024', 'koriyama', 'kyodo', 'annual-report.pdf'))!;
    expect(kyodo).toContain('30件以上');
    expect(pdfTexts.get(path.join('2024', 'aizuwakamatsu', 'shakai-sankaku', 'annual-report.pdf'))).toContain('60万円以上');
  });

  it('prints the 2024 目安 of 3-2-2-6 and of the 4年間累計 from their own starts, and never the old fractional ones', () => {
    const gyozaisei = pdfTexts.get(path.join('2024', 'koriyama', 'gyozaisei', 'annual-report.pdf'))!;
    expect(gyozaisei).toContain('基準値6,351,493千円（令和3年度）と最終目標値8,308,557千円（令和7年度）を結ぶ直線上の値');
    expect(gyozaisei).toContain('累計の起点0千円（令和3年度末）と最終目標値652,000千円（令和7年度）を結ぶ直線上の値');
    for (const old of ['6,231,417', '0.75件', '252.75', '11,317.5', '59,845.25']) expect(gyozaisei).not.toContain(old);
  });

  it('counts kyodo’s indicators once each: 78, not the 84 rows that include 再掲 copies', () => {
    expect(pdfTexts.get(path.join('2024', 'koriyama', 'kyodo', 'annual-report.pdf'))).toContain('本書で扱う指標は78件');
  });

  it('names the same figure in the other plan beside both indicators in 市民課’s report', () => {
    const shimin = pdfTexts.get(path.join('2024', 'koriyama', 'departments', '市民部市民課.pdf'))!;
    expect(shimin).toContain('同じ数値を「第二次郡山市協働推進基本計画」の指標50-1でも測っています');
    expect(shimin).toContain('同じ数値を「郡山市行財政改革大綱2022実施計画」の指標1-3-5-1でも測っています');
  });

  it('mails nothing that a council member must never see', async () => {
    const texts = new Map<string, string>();
    for (const file of await filesUnder(path.join(out, 'outbox'), '.eml')) texts.set(file, (await simpleParser(await readFile(file))).text ?? '');
    expect(texts.size).toBeGreaterThan(60);
    expect(offending(texts, NEVER)).toEqual([]);
    expect(offending(texts, FRACTIONAL_COUNT)).toEqual([]);
  });

  it('asks each department once for each indicator, with the stated target and any 目安 apart, in the workbooks', async () => {
    const values = new Map<string, string>();
    const marks = new Map<string, string>();
    let kokusai: string[] = [];
    /** What Excel shows for a cell: a number in its number format. */
    const shown = (cell: ExcelJS.Cell) => {
      const v = cell.value;
      if (typeof v !== 'number') return String(v ?? '');
      const decimals = /\.(0+)$/.exec(cell.numFmt ?? '')?.[1]!.length ?? 0;
      return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    };
    for (const file of await filesUnder(out, '.xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      // A department that runs projects but answers for no indicator gets only the 事業の実施状況 sheet.
      const sheet = wb.getWorksheet('実績報告');
      if (!sheet) continue;
      const ids: string[] = [];
      for (let row = 5; row <= sheet.rowCount; row++) {
        ids.push(String(cellUnder(sheet, '指標ID', row).value));
        const unit = String(cellUnder(sheet, '単位', row).value ?? '');
        const guide = shown(cellUnder(sheet, '目安', row));
        values.set(
          `${path.basename(file)}:${row}`,
          `${shown(cellUnder(sheet, '目標値', row))}${unit}（${cellUnder(sheet, '目標の年度', row).value ?? ''}） ${guide && `${guide}${unit}`}`,
        );
        marks.set(`${path.basename(file)}:${row}`, String(cellUnder(sheet, '注記', row).value ?? ''));
      }
      expect(new Set(ids).size).toBe(ids.length);
      if (file.includes('国際政策課')) kokusai = ids;
    }
    expect(kokusai).toEqual(['5-1', '5-2', '5-3', '5-4', '59-1']);
    expect(offending(values, NEVER)).toEqual([]);
    expect(offending(values, FRACTIONAL_COUNT)).toEqual([]);
    // 「30件以上」: the figure in its cell, the condition in the 注記 column beside it.
    const thirty = [...values].find(([, v]) => v === '30件（令和6年度） ');
    expect(thirty).toBeDefined();
    expect(marks.get(thirty![0])).toContain('目標は以上');
    expect([...values.values()]).toContain('8,308,557千円（令和7年度・最終） 7,819,291千円');
  });
});
