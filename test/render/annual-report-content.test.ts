// What a council member reads in the annual report: the reasons, the narratives, the 総括 and the
// year-on-year history, parsed from the PDF the CLI wrote.
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { loadData } from '../../src/load/load-data.ts';
import { walkIndicators, walkNodes } from '../../src/model/walk.ts';
import { readPdf, squash, type ParsedPdf } from '../helpers/pdf.ts';
import { shinchoku } from '../helpers/run-cli.ts';

const MM = 72 / 25.4;
const A4_HEIGHT = 841.89;

async function report(...args: string[]): Promise<ParsedPdf> {
  const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-content-'));
  const run = await shinchoku('report', ...args, '--out', out);
  expect(run.code).toBe(0);
  return readPdf(path.resolve('/', run.stdout.trim().split('\n')[0]!));
}

/** The text of the pages' bodies, without running heads and page numbers, so a paragraph that crosses a page reads on. */
function bodyText(pdf: ParsedPdf, from = 0): string {
  return squash(
    pdf.pages
      .slice(from)
      .flatMap((p) => p.items.filter((i) => i.y > 20 * MM && i.y < A4_HEIGHT - 22 * MM).map((i) => i.text))
      .join(''),
  );
}

/** The body text of one chapter: from its heading on the page where it starts to the next chapter's. */
function chapter(pdf: ParsedPdf, title: string, next: string): string {
  const text = bodyText(pdf, 2);
  const start = text.indexOf(title);
  return text.slice(start, text.indexOf(next, start + title.length));
}

describe('the Aizuwakamatsu FY2022 report', () => {
  let pdf: ParsedPdf;
  let plan: Awaited<ReturnType<typeof seedPlan>>;
  const seedPlan = async () => {
    const loaded = await loadData(BUNDLED_SEEDS);
    if (!loaded.ok) throw new Error('the seeds must load');
    return loaded.dataset.municipalities.flatMap((m) => m.plans).find((p) => p.plan.id === 'shakai-sankaku')!;
  };
  beforeAll(async () => {
    [pdf, plan] = await Promise.all([report('--year', '2022', '--plan', 'shakai-sankaku'), seedPlan()]);
  });

  test('prints the 検証 of every indicator that has one for the year', () => {
    const texts = [...walkIndicators(plan)].flatMap(({ indicator }) => indicator.verification?.get(2022) ?? []);
    expect(texts).toHaveLength(3);
    for (const text of texts) expect(bodyText(pdf)).toContain(squash(text));
  });

  test('prints every narrative of every node, under its own label', () => {
    const details = [...walkNodes(plan.plan)].flatMap(({ node }) => (node.details ?? []).filter((d) => d.fiscalYear === undefined || d.fiscalYear === 2022));
    expect(details.length).toBeGreaterThanOrEqual(7);
    for (const d of details) expect(bodyText(pdf)).toContain(squash(`${d.label}${d.text}`));
  });

  test('its 総括 lists No.3 and No.2 as furthest behind, with the reason and the department answering for each', () => {
    const summary = chapter(pdf, '総括', '進捗の概要');
    expect(summary).toContain('遅れている指標');
    // 2 of 15 (13.3%) is further behind than 75 of 155 (48.4%), then 55 of 73 (75.3%, 遅れ).
    const no3 = summary.indexOf('3障がい福祉サービス事業所利用者一般就労人数健康福祉部障がい者支援課2人15人令和4年度−13人×大幅な遅れ');
    const no2 = summary.indexOf('2高齢者ボランティア登録者(65歳以上)数健康福祉部高齢福祉課75人155人令和4年度−80人×大幅な遅れ');
    expect(no3).toBeGreaterThan(0);
    expect(no2).toBeGreaterThan(no3);
    expect(summary).toContain('検証：新型コロナウイルス感染症や物価高騰などによる雇用情勢の悪化のため、目標を下回った。');
    expect(summary).toContain('検証：新型コロナウイルス感染症の影響による活動自粛もあり、登録者数が目標を大幅に下回った。');
  });

  test('compares the year with the one before where both have actuals (調達額（物品）: 34万円 → 140万円)', () => {
    const summary = chapter(pdf, '総括', '進捗の概要');
    expect(summary).toContain('前年度からの変化');
    expect(summary).toMatch(/調達額（物品）改善△遅れ34万円◎達成140万円/);
  });

  test('prints no internal id in the body and the data edition only in the colophon', async () => {
    const text = bodyText(pdf);
    expect(text).not.toMatch(/kpi-\d/);
    const loaded = await loadData(BUNDLED_SEEDS);
    if (!loaded.ok) throw new Error('the seeds must load');
    const edition = loaded.dataset.edition;
    expect(text.indexOf(edition)).toBe(text.lastIndexOf(edition));
    expect(text.slice(text.indexOf('作成情報'))).toContain(`データの版：${edition}`);
  });
});

describe('the Aizuwakamatsu FY2023 report, with FY2023 actuals added', () => {
  let text: string;
  beforeAll(async () => {
    const data = await mkdtemp(path.join(tmpdir(), 'shinchoku-aizu-2023-'));
    await cp(path.join(BUNDLED_SEEDS, 'aizuwakamatsu'), path.join(data, 'aizuwakamatsu'), { recursive: true });
    await mkdir(path.join(data, 'aizuwakamatsu', 'shakai-sankaku', 'actuals'));
    await writeFile(
      path.join(data, 'aizuwakamatsu', 'shakai-sankaku', 'actuals', '2023.csv'),
      '\uFEFF指標ID,年度,実績値,備考\nkpi-1,2023,61,\nkpi-2,2023,70,\nkpi-3,2023,9,\n',
    );
    text = bodyText(await report('--year', '2023', '--plan', 'shakai-sankaku', '--data', data));
  });

  test('shows both years and the change in each indicator row (55 → 61 事業 is +6事業)', () => {
    // No. 指標 目標値 前年度実績 実績値 前年度比 達成率 状況 (no 基準値: the sheet gives none): 61 of 76 is 80.3%.
    expect(text).toContain('1NPO・ボランティアと市の協働事業数76事業令和5年度55事業61事業+6事業80.3%○概ね順調');
    // 70 − 75 = −5人; 70 of 170 is 41.2%.
    expect(text).toContain('2高齢者ボランティア登録者(65歳以上)数170人令和5年度75人70人−5人41.2%×大幅な遅れ');
  });

  test('its 総括 says which indicators improved since the year before', () => {
    // No.1 went from △ 遅れ (75.3%) to ○ 概ね順調 (80.3%); No.3 from × (13.3%) to × (9 of 16, 56.3%: △ 遅れ).
    expect(text).toMatch(/前年度からの変化.*1NPO・ボランティアと市の協働事業数改善△遅れ55事業○概ね順調61事業/);
    expect(text).toMatch(/3障がい福祉サービス事業所利用者一般就労人数改善×大幅な遅れ2人△遅れ9人/);
  });
});
