// How the reports are set, read back from the PDFs with positions and sizes: every seed report and
// department PDF of FY2024 (a dry run builds them all) and the Aizuwakamatsu FY2022 report.
import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type ParsedPdf, type PdfPage } from './helpers/pdf.ts';
import { shinchoku } from './helpers/run-cli.ts';

async function pdfsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.pdf')).map((e) => path.join(e.parentPath, e.name));
}

let out: string;
const pdfs = new Map<string, ParsedPdf>();
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'shinchoku-typeset-'));
  expect((await shinchoku('run', '--year', '2024', '--dry-run', '--out', out)).code).toBe(0);
  expect((await shinchoku('report', '--year', '2022', '--plan', 'shakai-sankaku', '--out', out)).code).toBe(0);
  for (const file of await pdfsUnder(out)) pdfs.set(path.relative(out, file), await readPdf(file));
}, 240_000);

type Item = PdfPage['items'][number];

/** The item is the line right under `a` in the same column: a line of the same paragraph or cell. */
const nextLineOf = (a: Item, b: Item) => a.y - b.y > 0.5 && a.y - b.y < 2 * Math.max(a.size, b.size) && b.x < a.x + a.width && a.x < b.x + b.width;

/** A line that ends inside a number and a next line that goes on with it: 「17,098,10 / 3件」, 「489,000千 / 円※」, 「3-2-2-1 / 0」. */
const ENDS_IN_NUMBER = /[0-9][0-9,.\-]*$/;
const GOES_ON = /^([0-9,.]|[%％※件円人名千万時間年度月日回]|KWh)/;

/** A chart's year label, 和暦 over 西暦 by design: 「R4 / 2022」. */
const yearLabel = (a: Item, b: Item) => /^[RHS]\d{1,2}$/.test(a.text) && /^\d{4}$/.test(b.text);

function splitNumbers(file: string, pdf: ParsedPdf): string[] {
  return pdf.pages.flatMap((page, p) =>
    page.items.slice(1).flatMap((b, i) => {
      const a = page.items[i]!;
      return nextLineOf(a, b) && ENDS_IN_NUMBER.test(a.text) && GOES_ON.test(b.text) && !yearLabel(a, b)
        ? [`${file} p.${p + 1}: 「${a.text} / ${b.text}」`]
        : [];
    }),
  );
}

describe('every report of the seed runs', () => {
  it('was built (4 annual reports for FY2024, the department reports, and Aizuwakamatsu FY2022)', () => {
    expect([...pdfs.keys()].filter((f) => f.endsWith('annual-report.pdf'))).toHaveLength(5);
    expect(pdfs.size).toBeGreaterThan(60);
  });

  it('never breaks a number, an id or a unit across lines', () => {
    expect([...pdfs].flatMap(([file, pdf]) => splitNumbers(file, pdf))).toEqual([]);
  });

  it('prints no text within 8 mm of the paper’s edge (where printers cannot print)', () => {
    const MARGIN = 8 * (72 / 25.4);
    const outside = [...pdfs].flatMap(([file, pdf]) =>
      pdf.pages.flatMap((page, p) =>
        page.items
          .filter((t) => t.x < MARGIN || t.x + t.width > page.width - MARGIN || t.y < MARGIN || t.y > page.height - MARGIN)
          .map((t) => `${file} p.${p + 1}: ${t.text}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  it('leaves no page blank between its running head and its page number', () => {
    const blank = [...pdfs].flatMap(([file, pdf]) =>
      pdf.pages.flatMap((page, p) => (page.items.some((t) => t.y > 55 && t.y < page.height - 50) ? [] : [`${file} p.${p + 1}`])),
    );
    expect(blank).toEqual([]);
  });

  it('sets no text under 7.5 pt', () => {
    const tiny = [...pdfs].flatMap(([file, pdf]) =>
      pdf.pages.flatMap((page, p) => page.items.filter((t) => t.size < 7.49).map((t) => `${file} p.${p + 1}: ${t.text} (${t.size.toFixed(1)} pt)`)),
    );
    expect(tiny.slice(0, 5)).toEqual([]);
  });
});

describe('the kyodo FY2024 annual report', () => {
  const kyodo = () => pdfs.get(path.join('2024', 'koriyama', 'kyodo', 'annual-report.pdf'))!;
  const sizesOf = (pattern: RegExp) =>
    new Set(kyodo().pages.flatMap((p) => p.items.filter((t) => pattern.test(t.text)).map((t) => Math.round(t.size * 10) / 10)));

  it('sets body text at 10.5 pt', () => {
    expect(sizesOf(/^この基本方針の指標は/)).toEqual(new Set([10.5]));
  });

  it('sets table text at 8.5 pt', () => {
    expect(sizesOf(/^基準値$/)).toEqual(new Set([8.5]));
  });

  it('numbers its pages 「- n -」 and leads each 目次 entry to its page with dots', () => {
    const pages = kyodo().pages;
    expect(pages[1]!.items.map((t) => t.text)).toContain('- 2 -');
    expect(pages[1]!.items.some((t) => /…{5,}$/.test(t.text))).toBe(true);
  });

  it('puts the binding margin on the left of odd pages and on the right of even pages', () => {
    const leftmost = (page: PdfPage) => Math.min(...page.items.map((t) => t.x));
    const [odd, even] = [kyodo().pages[2]!, kyodo().pages[3]!];
    expect(leftmost(odd) - leftmost(even)).toBeCloseTo(8 * (72 / 25.4), 0);
  });
});

describe('the Aizuwakamatsu FY2022 annual report (政策目標 > 政策 > 政策分野 > 施策)', () => {
  const aizu = () => pdfs.get(path.join('2022', 'aizuwakamatsu', 'shakai-sankaku', 'annual-report.pdf'))!;
  /** The heading's size: the largest the text is set in (the 目次 and running heads set it smaller). */
  const sizeOf = (text: string) => Math.max(...aizu().pages.flatMap((p) => p.items.filter((t) => t.text === text).map((t) => t.size)));

  it('sets its four levels in four sizes, larger above smaller, and 指標 below them all', () => {
    const sizes = [
      '政策目標1 未来につなぐひとづくり',
      '政策2 生涯にわたる学びと活躍の推進',
      '政策分野9 社会参画',
      '施策1 市民活動・協働の推進',
      '指標（3件）',
    ].map(sizeOf);
    expect(sizes.every((s) => s > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b! - a!)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(5);
  });

  it('lists every 施策 in the 目次', () => {
    const toc = aizu()
      .pages[1]!.items.map((t) => t.text)
      .join('\n');
    for (const title of ['施策1 市民活動・協働の推進', '施策2 高齢者等の活躍の促進', '施策3 障がいのある人の活躍の場の創出']) expect(toc).toContain(title);
  });

  it('nests its bookmarks four deep', () => {
    const depth = (items: ParsedPdf['outline']): number => Math.max(0, ...items.map((i) => 1 + depth(i.items)));
    expect(depth(aizu().outline)).toBeGreaterThanOrEqual(4);
  });
});
