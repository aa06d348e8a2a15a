// Bad input and failing machines, as a clerk or an admin meets them: each case ends with a located
// Japanese message, a documented exit code and no stack trace, and nothing half-written or sent.
// The table grows as new cases are found: input → expected exit code and message.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../src/atomic-write.ts';
import { fileSystemError } from '../src/fs-error.ts';
import { ACTUALS, fixtureWith, MINIMAL, MUNICIPALITY, PROJECTS } from './helpers/fixture.ts';
import { readPdf, squash } from './helpers/pdf.ts';
import { shinchokuWith } from './helpers/run-cli.ts';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-hostile-'));
  cleanup.push(dir);
  return dir;
}

/** The command as an admin types it, in-process through the one exit point. */
const cli = (args: string[], env: Record<string, string> = {}) => shinchokuWith(env, ...args);

const NO_STACK = /\n\s+at |Error: [A-Z]/;

interface Case {
  name: string;
  /** Builds the files the case needs; returns the arguments and environment. */
  setup(dir: string): Promise<{ args: string[]; env?: Record<string, string> }>;
  code: number;
  message: string;
  /** What must not be printed (a password). */
  secret?: string;
}

const withData = async (files: Record<string, string | Uint8Array | null> = {}) => {
  const data = await fixtureWith(files);
  cleanup.push(data);
  return data;
};
const csvImport = (rows: number) =>
  [
    '担当課,総務部人事課',
    '計画,指標ID,年度,実績,自治体ID,計画ID',
    ...Array.from({ length: rows }, () => 'テスト市協働推進計画,1-1,2024,1100,testcity,sample-plan'),
  ].join('\n');

const CASES: Case[] = [
  {
    name: 'an unclosed quote in actuals/*.csv',
    setup: async () => ({ args: ['validate', '--data', await withData({ [ACTUALS]: '指標ID,年度,実績値,備考\n1-1,2024,1150,"閉じていない\n' })] }),
    code: 1,
    message: '「"」で始まるセルが閉じられていないため、CSV として読めません',
  },
  {
    name: '--out naming a file',
    setup: async (dir) => {
      const file = path.join(dir, 'output');
      await writeFile(file, '');
      return { args: ['report', '--year', '2024', '--data', await withData(), '--out', file] };
    },
    code: 1,
    message: 'の途中に、フォルダではなくファイルがあります。--out・--data にはフォルダを指定してください [FS_ENOTDIR]',
  },
  {
    name: '--data naming a file',
    setup: async (dir) => {
      const file = path.join(dir, 'data.yaml');
      await writeFile(file, '');
      return { args: ['validate', '--data', file] };
    },
    code: 1,
    message: 'はフォルダではなくファイルです。--data にはデータのフォルダ',
  },
  {
    name: 'a password with a broken %-escape in SHINCHOKU_SMTP_URL',
    setup: async (dir) => ({
      args: ['run', '--year', '2024', '--data', await withData(), '--out', path.join(dir, 'out')],
      env: { SHINCHOKU_SMTP_URL: 'smtp://user:pa%ZZss-secret@mail.testcity.lg.jp:587' },
    }),
    code: 1,
    message: 'ユーザー名かパスワードの「%」の使い方が正しくありません。「%」そのものは %25 と書きます（パスワードは表示していません） [SMTP_URL]',
    secret: 'pa%ZZss-secret',
  },
  {
    name: 'a run id that is a path out of the output folder',
    setup: async (dir) => ({ args: ['resend', '--run', '../../../../etc', '--out', path.join(dir, 'out')] }),
    code: 2,
    message: '「../../../../etc」は実行IDの形ではありません',
  },
  {
    name: 'an option given twice',
    setup: async () => ({ args: ['progress', '--year', '2024', '--year', '2023', '--data', await withData()] }),
    code: 2,
    message: 'オプション --year が二度指定されています。一つにしてください',
  },
  {
    name: 'a department that is not in the list, with the close ones',
    setup: async (dir) => ({ args: ['run', '--year', '2024', '--department', '人事科', '--data', await withData(), '--out', path.join(dir, 'out')] }),
    code: 2,
    message: '担当課「人事科」は担当課の一覧にありません（もしかして: 総務部人事課',
  },
  {
    name: 'a returned CSV far longer than any sheet sent out',
    setup: async (dir) => {
      const file = path.join(dir, 'returned.csv');
      await writeFile(file, csvImport(200_000));
      return { args: ['import', file, '--data', await withData()] };
    },
    code: 1,
    message: 'の行が多すぎます（102行まで）。shinchoku collect で作った実績照会のシートを返してもらってください [IMPORT_TOO_MANY_ROWS]',
  },
  {
    name: 'a password-protected workbook',
    setup: async (dir) => {
      const file = path.join(dir, 'returned.xlsx');
      await writeFile(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
      return { args: ['import', file, '--data', await withData()] };
    },
    code: 1,
    message: 'はパスワードで保護された（暗号化された）Excel ファイルです。パスワードを外して保存し直してから取り込んでください',
  },
  {
    name: 'a returned CSV saved as UTF-16',
    setup: async (dir) => {
      const file = path.join(dir, 'returned.csv');
      await writeFile(file, new Uint8Array([0xff, 0xfe, 0x45, 0x00]));
      return { args: ['import', file, '--data', await withData()] };
    },
    code: 1,
    message: 'は UTF-16（Excel の「Unicode テキスト」）で保存されています',
  },
];

describe('hostile input: a Japanese message, the right exit code, no stack trace', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      const dir = await temp();
      const { args, env } = await c.setup(dir);
      const result = await cli(args, env);
      expect(result.stderr + result.stdout).toContain(c.message);
      expect(result.code).toBe(c.code);
      expect(result.stderr).not.toMatch(NO_STACK);
      if (c.secret) expect(result.stderr + result.stdout).not.toContain(c.secret);
    },
    60_000,
  );
});

describe('what a failure leaves behind', () => {
  it('a usage error in run writes no history line', async () => {
    const dir = await temp();
    const out = path.join(dir, 'out');
    await cli(['run', '--year', '2024', '--department', '人事科', '--data', await withData(), '--out', out]);
    expect(await readFile(path.join(out, 'history.jsonl'), 'utf8').catch(() => '')).toBe('');
  });

  it('a workbook of 50,000 rows is refused without reading it whole', async () => {
    const dir = await temp();
    const file = path.join(dir, 'returned.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = writer.addWorksheet('実績報告');
    sheet.addRow(['計画', '指標ID', '年度', '実績', '自治体ID', '計画ID']).commit();
    for (let i = 0; i < 50_000; i++) sheet.addRow(['テスト市協働推進計画', '1-1', 2024, 1100, 'testcity', 'sample-plan']).commit();
    await writer.commit();
    const result = await cli(['import', file, '--data', await withData()]);
    expect(result.stderr).toContain('の行が多すぎます（102行まで）');
    expect(result.code).toBe(1);
  }, 60_000);

  it('the file system’s refusals name the place and what to do (disk full, read-only, injected)', () => {
    const error = (code: string, p?: string) => Object.assign(new Error(code), { code, path: p, syscall: 'write' });
    expect(fileSystemError(error('ENOSPC'))?.message).toBe(
      '書き込み先のディスクがいっぱいになりました。空きを作ってから、もう一度実行してください（書きかけのファイルは残していません。前にできていたファイルはそのままです）',
    );
    expect(fileSystemError(error('EROFS', '/srv/out'))?.message).toBe(
      '「/srv/out」は読み取り専用の場所で、書き込めません。書き込めるフォルダを --out・--data で指定してください',
    );
    expect(fileSystemError(Object.assign(new Error('x'), { code: 'ENOENT', syscall: 'mkdir', path: '/ro/x' }))?.code).toBe('FS_MKDIR');
    expect(fileSystemError(new TypeError('a bug'))).toBeUndefined();
  });

  it('temporary files a killed run left behind are removed by the next one, and only those', async () => {
    const dir = await temp();
    const stale = path.join(dir, '2024', '.annual-report.pdf.0123456789ab.tmp');
    const fresh = path.join(dir, '.other.pdf.ba9876543210.tmp');
    const mine = path.join(dir, 'notes.tmp');
    await mkdir(path.dirname(stale), { recursive: true });
    for (const f of [stale, fresh, mine]) await writeFile(f, 'partial');
    const hourLater = (await stat(stale)).mtimeMs + 60 * 60_000;
    await utimes(fresh, new Date(), new Date(hourLater));
    expect(await removeStaleTemps(dir, hourLater)).toBe(1);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['.other.pdf.ba9876543210.tmp', '2024', 'notes.tmp']);
  });
});

describe('a department name longer than a file name may be', () => {
  const LONG = `${'とても長い名前の'.repeat(12)}推進課`;

  it('gets a shortened, stable file name while every page prints it whole', async () => {
    const dir = await temp();
    const municipality = (await readFile(path.join(MINIMAL, MUNICIPALITY), 'utf8')).replace('  - name: 5R推進課\n', `  - name: ${LONG}\n`);
    const data = await withData({ [MUNICIPALITY]: municipality });
    const out = path.join(dir, 'out');
    expect((await cli(['run', '--year', '2024', '--data', data, '--out', out])).code).toBe(0);
    expect((await cli(['collect', '--year', '2024', '--data', data, '--out', out])).code).toBe(0);
    const names = (await readdir(out, { recursive: true })).map((f) => path.basename(f));
    expect(names.filter((n) => Buffer.byteLength(n) > 200)).toEqual([]);
    const pdf = (await readdir(path.join(out, '2024', 'testcity', 'departments'))).find((n) => n.startsWith('環境部とても'))!;
    expect(pdf).toMatch(/_[0-9a-f]{8}\.pdf$/);
    expect(squash((await readPdf(path.join(out, '2024', 'testcity', 'departments', pdf))).pages[0]!.text)).toContain(`環境部${LONG}`);
  }, 120_000);
});

describe('characters the font has not got', () => {
  it('are reported by run as by report: a missing one prints as □, an IVS variation in its base form', async () => {
    const dir = await temp();
    const projects = (await readFile(path.join(MINIMAL, PROJECTS), 'utf8')).replace('  name: 人材育成推進事業\n', '  name: 人材育成推進事業🏯葛\u{E0100}城\n');
    const data = await withData({ [PROJECTS]: projects });
    const result = await cli(['run', '--year', '2024', '--data', data, '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('注意: 文字「🏯」（U+1F3EF）はフォントにないため □ で印刷されます。場所: annual-report.pdf の');
    expect(result.stdout).toContain('注意: 「葛」の異体字の指定（U+E0100）はフォントにないため、標準の字形の「葛」で印刷されます。');
    expect(result.stderr).toContain('注意: 文字「🏯」');
  }, 120_000);
});

describe('a long unbreakable run of Latin letters (a URL without breaks)', () => {
  it('is broken inside its column: nothing is printed outside the page', async () => {
    const dir = await temp();
    const projects = (await readFile(path.join(MINIMAL, PROJECTS), 'utf8')).replace('  name: 人材育成推進事業（再掲）\n', `  name: 再掲 ${'X'.repeat(300)}\n`);
    const out = path.join(dir, 'out');
    expect((await cli(['report', '--year', '2024', '--data', await withData({ [PROJECTS]: projects }), '--out', out])).code).toBe(0);
    const pdf = await readPdf(path.join(out, '2024', 'testcity', 'sample-plan', 'annual-report.pdf'));
    const outside = pdf.pages.flatMap((p) => p.items.filter((i) => i.x < 0 || i.x + i.width > p.width).map((i) => i.text));
    expect(outside).toEqual([]);
    expect(squash(pdf.pages.map((p) => p.text).join(''))).toContain('X'.repeat(300));
  }, 60_000);
});
