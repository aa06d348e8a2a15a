import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, COLLECTED, onCleanUp, setUp, SHEET } from '../helpers/collect-fixture.ts';
import { ADDRESSES } from '../helpers/mail-fixture.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { readPdf, squash } from '../helpers/pdf.ts';
import { cellUnder } from '../helpers/sheet.ts';
import { startSmtp } from '../helpers/smtp.ts';

afterEach(cleanUp);

async function achievementOf(data: string) {
  const result = await shinchokuWith({}, 'progress', '--year', '2024', '--format', 'json', '--data', data);
  const indicator = JSON.parse(result.stdout).plans[0].indicators.find((i: { id: string }) => i.id === '1-1');
  return indicator.achievement?.ratio.value as number | undefined;
}

/** The returned sheet saved as CSV by Excel: the same cells, row by row. */
const returnedCsv = (actual: string) =>
  [
    'テスト市 令和6年度（2024年度）の実績報告,,,,,,,,,,,,,',
    '担当課,総務部人事課,,,,,,,,,,,,',
    '記入者,山田 内線123,,,,,,,,,,,,',
    '計画,階層,事業,指標ID,指標名,単位,基準値,目標値,これまでの実績,年度,実績,備考,自治体ID,計画ID',
    `テスト市協働推進計画,ひとづくり > 人材の育成,事業 1 人材育成推進事業,1-1,研修参加者数,人,—,"1,200人",,2024,"${actual}",速報値,testcity,sample-plan`,
    '',
  ].join('\r\n');

/** The same, from a sheet with the 要因・課題 column. */
const returnedWithReason = (actual: string, reason: string) =>
  [
    '担当課,総務部人事課,,,,,,,,,,,,,',
    '計画,階層,事業,指標ID,指標名,単位,基準値,目標値,これまでの実績,年度,実績,要因・課題,備考,自治体ID,計画ID',
    `テスト市協働推進計画,ひとづくり > 人材の育成,事業 1 人材育成推進事業,1-1,研修参加者数,人,—,"1,200人",,2024,${actual},${reason},,testcity,sample-plan`,
    '',
  ].join('\r\n');

describe('collect and import', () => {
  it('round trip: the exported sheet, filled in, imports and changes the progress figures', async () => {
    const { data, out, cli } = await setUp();
    expect(await achievementOf(data)).toBeUndefined();
    expect((await cli('collect', '--year', '2024')).code).toBe(0);
    const file = path.join(out, '2024', 'testcity', 'collect', SHEET);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('記入のしかた')!.getColumn(1).values.join('\n')).toContain('提出期限: 令和7年6月30日');
    const sheet = wb.getWorksheet('実績報告')!;
    expect(sheet.getRow(4).values).toContain('実績');
    const actual = cellUnder(sheet, '実績', 5);
    expect(cellUnder(sheet, '指標ID', 5).value).toBe('1-1');
    // The plan's figure as a number in its own precision, its year and unit beside it.
    expect(cellUnder(sheet, '目標値', 5).value).toBe(1200);
    expect(cellUnder(sheet, '目標値', 5).numFmt).toBe('#,##0');
    expect(cellUnder(sheet, '目標の年度', 5).value).toBe('令和6年度');
    expect(cellUnder(sheet, '単位', 5).value).toBe('人');
    expect(cellUnder(sheet, '目安', 5).value).toBe('');
    expect(actual.protection?.locked).toBe(false);
    expect(cellUnder(sheet, '指標名', 5).protection?.locked).not.toBe(false);
    expect(sheet.getColumn(cellUnder(sheet, '計画ID', 5).col).hidden).toBe(true);
    expect(actual.dataValidation).toMatchObject({ type: 'decimal', showErrorMessage: true });

    actual.value = 1080;
    sheet.getCell('B3').value = '山田 内線123';
    const filled = path.join(out, 'returned.xlsx');
    // Not xlsx.writeFile: it ends the file before its zip has been piped in, and under load leaves it empty.
    await writeFile(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
    const imported = await cli('import', filled);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    // The project's result on the second sheet is the plan's own, sent back as it was.
    expect(imported.stdout).toContain('新規 1、変更 0、変更なし 1、問題 0');
    // 1,080 of a 2024 target of 1,200 is 90 %.
    expect(await achievementOf(data)).toBeCloseTo(0.9, 10);
    const csv = await readFile(path.join(data, COLLECTED), 'utf8');
    expect(csv).toContain('1-1,2024,1080,,,,,総務部人事課 記入者 山田 内線123,');
    expect(csv).toContain(',returned.xlsx');
  });

  it('importing the same file twice changes nothing', async () => {
    const { data, out, cli } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedCsv('1,080')}`);
    expect((await cli('import', file)).code).toBe(0);
    const first = await stat(path.join(data, COLLECTED));
    const again = await cli('import', file);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('新規 0、変更 0、変更なし 1');
    expect(again.stdout).toContain('書き込む変更はありません');
    expect((await stat(path.join(data, COLLECTED))).mtimeMs).toBe(first.mtimeMs);
  });

  it('refuses to import without a data folder, rather than write into the bundled seeds', async () => {
    const { out } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedCsv('1,080')}`);
    const result = await shinchokuWith({}, 'import', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--data で（または環境変数 SHINCHOKU_DATA で）フォルダを指定してください');
    expect(result.stderr).toContain('同梱の seeds/ には書き込みません');
  });

  it('expands a wildcard itself, as Windows shells pass 返送/*.csv on unexpanded', async () => {
    const { data, out, cli } = await setUp();
    await writeFile(path.join(out, 'returned.csv'), `\uFEFF${returnedCsv('1,080')}`);
    const result = await cli('import', path.join(out, '*.csv'));
    expect(result.code).toBe(0);
    expect(await readFile(path.join(data, COLLECTED), 'utf8')).toContain('1-1,2024,1080,');
    const none = await cli('import', path.join(out, '*.xlsx'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`「${path.join(out, '*.xlsx')}」に当てはまるファイルがありません`);
  });

  it('takes the data folder from SHINCHOKU_DATA', async () => {
    const { data, out } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedCsv('1,080')}`);
    const result = await shinchokuWith({ SHINCHOKU_DATA: data }, 'import', file);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(data, COLLECTED), 'utf8')).toContain('1-1,2024,1080,');
  });

  it.each([
    ['CSV UTF-8 (with a BOM)', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8')],
    ['the default CSV of Japanese Excel (Shift_JIS)', (text: string) => iconv.encode(text, 'Shift_JIS')],
  ])('reads %s, with full-width digits, 桁区切り and a trailing unit', async (_name, encode) => {
    const { data, out, cli } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, encode(returnedCsv('１，０８０人')));
    const result = await cli('import', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/新規\s+sample-plan\s+1-1 研修参加者数\s+令和6年度\s+—\s+1,080人（速報値）\s+returned\.csv:5/);
    expect(await readFile(path.join(data, COLLECTED), 'utf8')).toContain('1-1,2024,1080,,,速報値,,総務部人事課 記入者 山田 内線123,');
  });

  it('writes nothing when any row is invalid, and imports the rest with --skip-invalid', async () => {
    const { data, out, cli } = await setUp();
    const good = path.join(out, 'good.csv');
    const bad = path.join(out, 'bad.csv');
    await writeFile(good, `\uFEFF${returnedCsv('1080')}`);
    await writeFile(bad, `\uFEFF${returnedCsv('1080').replace(',1-1,研修参加者数,', ',9-9,研修参加者数,')}`);
    const refused = await cli('import', good, bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('問題 bad.csv:5 指標 9-9: 指標ID「9-9」は計画「テスト市協働推進計画」にありません');
    expect(refused.stdout).toContain('何も書き込んでいません');
    await expect(stat(path.join(data, COLLECTED))).rejects.toThrow();

    const skipped = await cli('import', good, bad, '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('問題のある 1 件を飛ばしました');
    expect(await readFile(path.join(data, COLLECTED), 'utf8')).toContain('1-1,2024,1080,');
  });

  it('refuses a value behind its target without a reason, naming the row', async () => {
    const { data, out, cli } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedWithReason('500', '')}`);
    const result = await cli('import', file);
    expect(result.code).toBe(1);
    // 500 of 1,200 is 41.7%: 大幅な遅れ.
    expect(result.stdout).toContain(
      '問題 returned.csv:3 指標 1-1: 2024年度の実績は目標に届いていません（大幅な遅れ：達成率 41.7% → 50%未満）。「要因・課題」の欄に、その要因と今後の課題を書いてください',
    );
    await expect(stat(path.join(data, COLLECTED))).rejects.toThrow();
  });

  it('carries the reason for a value behind its target into the annual report', async () => {
    const { out, cli } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedWithReason('500', '講師の確保が遅れ、2回が中止になった')}`);
    expect((await cli('import', file)).code).toBe(0);
    const report = await cli('report', '--year', '2024');
    const pdf = await readPdf(path.resolve('/', report.stdout.trim().split('\n')[0]!));
    const text = squash(pdf.pages.map((p) => p.text).join(''));
    expect(text).toContain('要因・課題（総務部人事課の報告）：講師の確保が遅れ、2回が中止になった');
  });

  it("refuses a department's file that reports another department's indicator", async () => {
    const { data, out, cli } = await setUp();
    const file = path.join(out, 'from-5r.csv');
    await writeFile(file, `\uFEFF${returnedCsv('1080').replace('担当課,総務部人事課,', '担当課,環境部5R推進課,')}`);
    const result = await cli('import', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('問題 from-5r.csv:5 指標 1-1: 環境部5R推進課の担当ではない指標です（担当: 総務部人事課）');
    await expect(stat(path.join(data, COLLECTED))).rejects.toThrow();
  });

  it('with --dry-run shows the changes and writes nothing', async () => {
    const { data, out, cli } = await setUp();
    const file = path.join(out, 'returned.csv');
    await writeFile(file, `\uFEFF${returnedCsv('1080')}`);
    const result = await cli('import', file, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--dry-run のため、書き込んでいません');
    await expect(stat(path.join(data, COLLECTED))).rejects.toThrow();
  });

  it('mails each department its sheet with --send', async () => {
    const { cliWith } = await setUp();
    const smtp = await startSmtp();
    onCleanUp(() => smtp.close());
    const result = await cliWith({ SHINCHOKU_SMTP_URL: smtp.url() }, 'collect', '--year', '2024', '--send');
    expect(result.code).toBe(0);
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([[ADDRESSES.jinji]]);
    const { mail } = smtp.received[0]!;
    expect(mail.subject).toBe('【テスト市】令和6年度の実績照会（総務部人事課）');
    expect(mail.text).toContain('提出期限は 令和7年6月30日 です');
    const [attachment] = mail.attachments;
    expect(attachment!.filename).toBe(SHEET);
    expect(attachment!.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(attachment!.content as unknown as ArrayBuffer);
    expect(cellUnder(wb.getWorksheet('実績報告')!, '指標名', 5).value).toBe('研修参加者数');
  });
});
