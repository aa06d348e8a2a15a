// What users read, kept as golden files (test/golden) so that every change to a printed figure or
// sentence shows as a diff in review. Regenerate with UPDATE_GOLDEN=1 npm test.
import { NO_REQUESTS } from './helpers/requests.ts';
import { beforeAll, describe, it } from 'vitest';
import { BUNDLED_SEEDS } from '../src/cli/folders.ts';
import { reminderContext, reminderMail } from '../src/deliver/reminder-mail.ts';
import type { Dataset } from '../src/load/dataset.ts';
import { loadData } from '../src/load/load-data.ts';
import { departmentFullName } from '../src/model/department-name.ts';
import { annualReport } from '../src/render/report/annual-report.ts';
import { departmentReport } from '../src/render/report/department-report.ts';
import { loadTemplates } from '../src/render/templates/template-set.ts';
import { figuresOf, selectPlans } from '../src/run/selection.ts';
import { documentText } from './helpers/document-text.ts';
import { expectGolden } from './helpers/golden.ts';
import { MINIMAL } from './helpers/fixture.ts';
import { shinchoku } from './helpers/run-cli.ts';

const GENERATED_AT = new Date('2026-12-01T01:00:00Z');
let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadData(BUNDLED_SEEDS);
  if (!loaded.ok) throw new Error('the seeds must load');
  dataset = loaded.dataset;
});

const templates = () => loadTemplates(dataset.timezone);
const koriyama = () => dataset.municipalities.find((m) => m.municipality.id === 'koriyama')!;

function annualDocument(data: Dataset, planId: string, year: number) {
  const [figures] = figuresOf(selectPlans(data.municipalities, planId, year), year, () => NO_REQUESTS);
  return annualReport({
    municipality: figures!.m.municipality,
    progress: figures!.progress,
    edition: data.edition,
    generatedAt: GENERATED_AT,
    version: 'golden',
    templates: templates(),
    duplex: true,
  });
}

const annualText = (planId: string, year: number) => documentText(annualDocument(dataset, planId, year));

/** The document before it is printed, every block and chart as data. */
const contentModel = (doc: ReturnType<typeof annualReport>) => `${JSON.stringify(doc, null, 2)}\n`;

describe('golden files', () => {
  it('progress --format csv for FY2024, every plan', async () => {
    const { stdout } = await shinchoku('progress', '--year', '2024', '--format', 'csv');
    await expectGolden('progress-2024.csv', stdout);
  });

  it('the FY2024 annual report of the reform plan (gyozaisei), as text', async () => {
    await expectGolden('annual-gyozaisei-2024.txt', annualText('gyozaisei', 2024));
  });

  it('the content model of the FY2022 annual report of Aizuwakamatsu (shakai-sankaku), the seed with actuals and reasons', async () => {
    await expectGolden('annual-aizu-2022.json', contentModel(annualDocument(dataset, 'shakai-sankaku', 2022)));
  });

  it('the content model of the test fixture’s FY2024 annual report', async () => {
    const loaded = await loadData(MINIMAL);
    if (!loaded.ok) throw new Error('the fixture must load');
    await expectGolden('annual-fixture-2024.json', contentModel(annualDocument(loaded.dataset, 'sample-plan', 2024)));
  });

  it('the FY2022 annual report of the collaboration plan (kyodo), which has no project list of its own', async () => {
    await expectGolden('annual-kyodo-2022.txt', annualText('kyodo', 2022));
  });

  it('the FY2024 report of 市民部市民課, as text', async () => {
    const m = koriyama();
    const department = m.municipality.departments.find((d) => departmentFullName(d) === '市民部市民課')!;
    const plans = figuresOf(selectPlans([m], undefined, 2024), 2024, () => NO_REQUESTS).map((f) => f.progress);
    const built = departmentReport({
      m,
      plans,
      department,
      year: 2024,
      deadline: '2025-06-30',
      signature: ['郡山市 政策開発部 行政マネジメント課', '電話 000-000-0000'],
      edition: dataset.edition,
      generatedAt: GENERATED_AT,
      version: 'golden',
      templates: templates(),
    })!;
    await expectGolden('department-shimin-2024.txt', documentText(built.document));
  });

  it('the FY2024 reminder to 文化スポーツ部国際政策課', async () => {
    const m = koriyama();
    // Asked on 1 May (a reminder is only for what was asked), the deadline not yet passed.
    const asked = { sentAt: new Map([['文化スポーツ部国際政策課', '2025-05-01T09:00:00+09:00']]), deadline: '2025-06-30', today: '2025-06-01' };
    const plans = figuresOf(selectPlans([m], undefined, 2024), 2024, () => asked).map((f) => f.progress);
    const context = reminderContext({ id: m.municipality.id, name: m.municipality.name }, '文化スポーツ部国際政策課', plans, 2024, '2025-06-30')!;
    const sender = {
      from: { name: '郡山市 行政マネジメント課', address: 'shinchoku@koriyama.example.jp' },
      replyTo: 'gyosei@koriyama.example.jp',
      signature: ['郡山市 政策開発部 行政マネジメント課', '電話 000-000-0000', 'メール gyosei@koriyama.example.jp'],
    };
    const mail = reminderMail(context, templates(), { runId: 'remind-2024-202506', sender });
    await expectGolden('reminder-kokusai-2024.txt', `件名: ${mail.subject}\n\n${mail.text}`);
  });
});
