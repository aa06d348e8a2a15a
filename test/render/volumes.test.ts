// A plan larger than one book is printed in volumes of whole chapters. The gyozaisei seed plan has
// three chapters; counted by hand in its project files (indicators, with those of parts, plus
// projects): 重点推進目標1 49 + 21 = 70, 重点推進目標2 37 + 20 = 57, 重点推進目標3 43 + 16 = 59.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import type { PlanProgress } from '../../src/compute/plan-progress.ts';
import type { Dataset } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import { printPdf } from '../../src/render/pdf/pdf-writer.ts';
import { annualReport, annualReportVolumes, type AnnualReportInput } from '../../src/render/report/annual-report.ts';
import type { Block, ReportDocument, Table } from '../../src/render/report/blocks.ts';
import { chapterVolumes } from '../../src/render/report/volumes.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { removeOtherVolumes } from '../../src/render/write-reports.ts';
import { figuresOf, selectPlans } from '../../src/run/selection.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';
import { readPdf } from '../helpers/pdf.ts';

let dataset: Dataset;
let input: AnnualReportInput;
beforeAll(async () => {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the seeds must load');
  dataset = loaded.dataset;
  const [f] = figuresOf(selectPlans(dataset.municipalities, 'gyozaisei', 2024), 2024, () => NO_REQUESTS);
  input = {
    municipality: f!.m.municipality,
    progress: f!.progress,
    edition: 'e',
    generatedAt: new Date('2025-05-01T00:00:00Z'),
    version: 't',
    templates: loadTemplates('Asia/Tokyo'),
    duplex: true,
  };
});

const chapterIds = (progress: PlanProgress, size: number) => chapterVolumes(progress, size).map((v) => v.map((n) => n.id));
const headings = (doc: ReportDocument) => doc.body.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

describe('chapters grouped into volumes', () => {
  it('keeps a plan that fits in one volume as one', () => {
    expect(chapterIds(input.progress, 186)).toEqual([['1', '2', '3']]);
  });

  it('starts a new volume when the next chapter would overfill this one', () => {
    expect(chapterIds(input.progress, 185)).toEqual([['1', '2'], ['3']]);
    expect(chapterIds(input.progress, 130)).toEqual([['1', '2'], ['3']]);
    expect(chapterIds(input.progress, 100)).toEqual([['1'], ['2'], ['3']]);
  });

  it('never splits a chapter: one larger than a volume is a volume of its own', () => {
    expect(chapterIds(input.progress, 60)).toEqual([['1'], ['2'], ['3']]);
  });
});

describe('a report in volumes', () => {
  const volumes = () => annualReportVolumes(input, 130);

  it('is the one-document report when the plan fits', () => {
    const single = annualReportVolumes(input);
    expect(single).toHaveLength(1);
    expect(single[0]).toEqual(annualReport(input));
  });

  it('puts はじめに, 総括 and 概要 in the first volume and the 付録 in the last, each after a guide to the volumes', () => {
    const [first, second] = volumes();
    expect(headings(first!)).toEqual([
      '分冊の構成',
      'はじめに',
      '総括',
      '進捗の概要',
      '重点推進目標1 機能的な行政運営の構築',
      '重点推進目標2 持続可能な財政基盤の確立',
    ]);
    expect(headings(second!)).toEqual(['分冊の構成', '重点推進目標3 公民協奏の推進', '付録']);
  });

  it('lists every volume and what it holds at the start of each', () => {
    for (const doc of volumes()) {
      const table = doc.body.find((b): b is Table => b.kind === 'table')!;
      expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
        ['第1分冊', 'はじめに・総括・進捗の概要、重点推進目標1 機能的な行政運営の構築 〜 重点推進目標2 持続可能な財政基盤の確立（2章）'],
        ['第2分冊', '重点推進目標3 公民協奏の推進、付録'],
      ]);
    }
  });

  it('names the volume on the cover, in the running title and in the document title', () => {
    const [first, second] = volumes();
    expect(first!.cover.subtitle).toBe('令和6年度（2024年度） 進捗状況報告書 第1分冊（全2分冊）');
    expect(second!.cover.lines[0]).toBe('重点推進目標3 公民協奏の推進');
    expect(second!.runningTitle).toMatch(/進捗状況報告書 第2分冊$/);
    expect(second!.info.title).toMatch(/ 第2分冊$/);
  });

  it('numbers indicators through all volumes: the second starts after the 49 + 37 of chapters 1 and 2', () => {
    const firstTable = volumes()[1]!.body.find((b: Block): b is Table => b.kind === 'table' && b.columns[0]?.header === 'No.')!;
    expect(firstTable.rows[0]![0]!.text).toBe('87');
  });

  it('prints the volume on the cover of its PDF', async () => {
    const text = (await readPdf(await printPdf(volumes()[1]!))).pages[0]!.text;
    expect(text).toContain('第2分冊（全2分冊）');
    expect(text).toContain('重点推進目標3 公民協奏の推進');
  });
});

it('removes the annual-report files of an earlier split beside the ones written, and nothing else', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-volumes-'));
  for (const name of ['annual-report.pdf', 'annual-report-1.pdf', 'annual-report-2.pdf', 'annual-report-3.pdf', 'notes.pdf'])
    await writeFile(path.join(dir, name), 'x');
  try {
    await removeOtherVolumes([path.join(dir, 'annual-report-1.pdf'), path.join(dir, 'annual-report-2.pdf')]);
    expect((await readdir(dir)).sort()).toEqual(['annual-report-1.pdf', 'annual-report-2.pdf', 'notes.pdf']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
