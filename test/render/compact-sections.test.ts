// Before collection and in plans without indicators below the top level, a report is compact: no
// section that only says 「0件」, no table of empty columns, no chart of a plan's line alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { NO_REQUESTS } from '../helpers/requests.ts';
import type { Dataset } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import { annualReport } from '../../src/render/report/annual-report.ts';
import type { ReportDocument } from '../../src/render/report/blocks.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { figuresOf, selectPlans } from '../../src/run/selection.ts';

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the seeds must load');
  dataset = loaded.dataset;
});

function report(planId: string, year: number): ReportDocument {
  const [f] = figuresOf(selectPlans(dataset.municipalities, planId, year), year, () => NO_REQUESTS);
  return annualReport({
    municipality: f!.m.municipality,
    progress: f!.progress,
    edition: 'e',
    generatedAt: new Date('2025-05-01T00:00:00Z'),
    version: 't',
    templates: loadTemplates('Asia/Tokyo'),
    duplex: true,
  });
}

const texts = (doc: ReportDocument) => doc.body.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []));

describe.each([
  ['sogo-senryaku', 2024],
  ['gyozaisei', 2024],
  ['kyodo', 2024],
  ['shakai-sankaku', 2022],
])('the %s FY%i report', (planId, year) => {
  it('has no heading or sentence that only counts nothing', () => {
    const zero = texts(report(planId, year)).filter((t) => /（0件）|は0件です。$|^この.+の指標は0件/.test(t));
    expect(zero).toEqual([]);
  });

  it('has no chart of an indicator without an actual', () => {
    const charts = report(planId, year).body.flatMap((b) => (b.kind === 'charts' ? b.charts : b.kind === 'chart' ? [b] : []));
    for (const c of charts) if (c.spec.type === 'indicator') expect(c.spec.actuals.length, c.caption).toBeGreaterThan(0);
  });
});

describe('the sogo-senryaku FY2024 report', () => {
  it('names the 施策 that have no indicators of their own in one list under their 基本目標, not as 19 empty sections', () => {
    const doc = report('sogo-senryaku', 2024);
    const headings = doc.body.filter((b) => b.kind === 'heading' && /^施策\d/.test(b.text));
    expect(headings).toEqual([]);
    const lists = doc.body.flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(lists.filter((i) => /^施策\d /.test(i))).toHaveLength(19);
  });
});
