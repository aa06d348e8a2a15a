// The annual report as a council member gets it: parsed from the PDF the CLI wrote, not from
// the code that wrote it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { loadData } from '../../src/load/load-data.ts';
import { walkIndicators } from '../../src/model/walk.ts';
import { MINIMAL } from '../helpers/fixture.ts';
import { readPdf, squash, type ParsedPdf } from '../helpers/pdf.ts';
import { shinchoku } from '../helpers/run-cli.ts';

const A4 = { width: 595.28, height: 841.89 };

async function report(args: string[]): Promise<{ pdf: ParsedPdf; stdout: string }> {
  const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-report-'));
  const run = await shinchoku('report', ...args, '--out', out);
  expect(run.stderr).not.toContain('エラー');
  expect(run.code).toBe(0);
  // The CLI runs from / and prints paths relative to where it runs.
  const file = path.resolve('/', run.stdout.trim().split('\n')[0]!);
  return { pdf: await readPdf(file), stdout: run.stdout };
}

/** 目次 lines read back from the PDF: 「はじめに …………… 3」 → { title, page }. */
function tocEntries(pdf: ParsedPdf): Array<{ title: string; page: number }> {
  const tocPage = pdf.pages.findIndex((p) => p.items.some((i) => i.text === '目次'));
  const lines = new Map<number, string[]>();
  for (const item of pdf.pages[tocPage]!.items.filter((i) => i.y > 60 && i.y < 780)) {
    lines.set(Math.round(item.y), [...(lines.get(Math.round(item.y)) ?? []), item.text]);
  }
  return [...lines.values()]
    .map((parts) => /^(.+?)\s*…+\s*(\d+)$/.exec(parts.join('')))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
}

const headingsOf = (pdf: ParsedPdf) => pdf.outline.flatMap((o) => [o.title, ...o.items.map((i) => i.title)]);
const allBookmarks = (items: ParsedPdf['outline']): string[] => items.flatMap((o) => [o.title, ...allBookmarks(o.items)]);

describe('the annual report of the collaboration plan (kyodo, FY2024)', () => {
  let pdf: ParsedPdf;
  let stdout: string;
  beforeAll(async () => {
    ({ pdf, stdout } = await report(['--year', '2024', '--plan', 'kyodo']));
  }, 120_000);

  test('is written to <out>/<year>/<municipality>/<plan>/annual-report.pdf and the path is printed', () => {
    expect(stdout.trim()).toMatch(/2024\/koriyama\/kyodo\/annual-report\.pdf$/);
  });

  test('every page is A4 portrait', () => {
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(A4.width, 0);
      expect(page.height).toBeCloseTo(A4.height, 0);
    }
  });

  test('the cover names the plan, the fiscal year and the municipality', () => {
    const cover = squash(pdf.pages[0]!.text);
    expect(cover).toContain('第二次郡山市協働推進基本計画');
    expect(cover).toContain('令和6年度（2024年度）進捗状況報告書');
    expect(cover).toContain('郡山市');
  });

  test('the bookmarks are the level-1 headings, with the level-2 headings beneath them', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual([
      'はじめに',
      '総括',
      '進捗の概要',
      '基本方針1 協働のまちを支えるひとづくり',
      '基本方針2 協働に関する情報の発信・共有',
      '基本方針3 協働を進めるための仕組みづくり',
      '付録',
    ]);
    expect(pdf.outline[3]!.items.map((o) => o.title)).toEqual(['基本施策1 協働を支える人材の育成と協働意識の醸成', '基本施策2 協働の担い手となる人材の活用']);
  });

  test('the 目次 lists the chapters and every node of the plan, each also a bookmark', () => {
    const toc = tocEntries(pdf).map((e) => e.title);
    expect(toc.filter((t) => !allBookmarks(pdf.outline).includes(t))).toEqual([]);
    expect(toc).toEqual(expect.arrayContaining(pdf.outline.map((o) => o.title)));
    expect(toc).toContain('基本施策1 協働を支える人材の育成と協働意識の醸成');
    expect(toc).not.toContain('指標の推移');
  });

  test('every 目次 entry points to the page where that heading is printed', () => {
    for (const { title, page } of tocEntries(pdf)) {
      const body = pdf.pages[page - 1]!.items.filter((i) => i.y < 780).map((i) => i.text);
      expect(body, `${title} → p.${page}`).toContain(title);
    }
  });

  test('every project and every indicator of the plan is printed', async () => {
    const loaded = await loadData(BUNDLED_SEEDS);
    if (!loaded.ok) throw new Error('seeds do not load');
    const data = loaded.dataset.municipalities.flatMap((m) => m.plans).find((p) => p.plan.id === 'kyodo')!;
    const all = squash(pdf.pages.map((p) => p.text).join(''));
    const names = [...data.projects.map((p) => p.name), ...[...walkIndicators(data)].map((v) => v.indicator.name)];
    // 84 indicator rows in the document, 6 of them the same indicators printed again under 再掲 projects 58 and 82.
    expect(names).toHaveLength(102 + 78);
    expect(names.filter((name) => !all.includes(squash(name)))).toEqual([]);
  });

  test('the project counts and the SDGs total agree with the tables printed in 000', () => {
    const all = squash(pdf.pages.map((p) => p.text).join(''));
    // 新規・追加 3, 拡充 21, 継続 74, 計 98, 完了・統合 4, 前年度 99, 増減 −1; のべ 182.
    expect(all).toContain('合計3217498499−1');
    expect(all).toContain('合計（のべ）182');
  });

  test('pages after the cover carry the running header and the page number as 「- n -」', () => {
    pdf.pages.slice(1).forEach((page, i) => {
      expect(squash(page.text)).toContain('第二次郡山市協働推進基本計画令和6年度進捗状況報告書');
      expect(page.items.map((t) => t.text)).toContain(`- ${i + 2} -`);
    });
  });

  test('the file carries title, author, subject and language', () => {
    expect(pdf.info.Title).toBe('第二次郡山市協働推進基本計画 令和6年度（2024年度）の進捗状況');
    expect(pdf.info.Author).toBe('郡山市');
    expect(pdf.info.Subject).toBe('令和6年度（2024年度）の進捗状況');
    expect(pdf.info.Language).toBe('ja-JP');
  });

  test('the Japanese font is embedded as a subset', () => {
    expect(pdf.raw).toMatch(/\/FontName \/[A-Z]{6}\+BIZUDPGothic/);
    expect(pdf.raw).toContain('/FontFile2');
  });

  test('the colophon gives the edition of the input data', () => {
    expect(squash(pdf.pages.at(-1)!.text)).toMatch(/データの版：[0-9a-f]{12}/);
  });

  test('no heading is the last thing printed on its page', () => {
    const headings = new Set([...headingsOf(pdf), '指標の推移']);
    for (const [n, page] of pdf.pages.entries()) {
      const body = page.items.filter((i) => i.y > 60 && i.y < 780);
      expect(headings.has(body.at(-1)?.text ?? ''), `page ${n + 1}`).toBe(false);
    }
  });
});

describe('figures from the progress engine', () => {
  test('the Aizu KPIs for FY2022 print 達成率 55÷73 = 75.3%, 75÷155 = 48.4%, 2÷15 = 13.3%', async () => {
    const { pdf } = await report(['--year', '2022', '--plan', 'shakai-sankaku']);
    const text = squash(pdf.pages.map((p) => p.text).join(''));
    expect(text).toContain('73事業令和4年度55事業75.3%△遅れ');
    expect(text).toContain('155人令和4年度75人48.4%×大幅な遅れ');
    expect(text).toContain('15人令和4年度2人13.3%×大幅な遅れ');
  }, 60_000);

  test('the plan’s target is printed with its year and a derived 目安 apart from it: 67.6 + (70 − 67.6) × 3 ÷ 4 = 69.4; 1,150 of 1,200 is 95.8%', async () => {
    const { pdf } = await report(['--year', '2024', '--data', MINIMAL]);
    const text = squash(pdf.pages.map((p) => p.text).join(''));
    expect(text).toContain('1地域への愛着度67.6%令和3年度70%令和7年度・最終69.4%「—」');
    expect(text).toContain('基準値67.6%（令和3年度）と最終目標値70%（令和7年度）を結ぶ直線上の値を、小数第1位に四捨五入');
    expect(text).not.toContain('※');
    expect(text).toContain('1,200人令和6年度1,150人95.8%');
    expect(text).toContain('○概ね順調');
  }, 60_000);
});
