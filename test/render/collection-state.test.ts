// A value nobody has been asked for is 照会前; asked for and not yet due, 照会中 until its deadline;
// only after the deadline is it 未報告. Read from a collect ledger written here by hand and a
// configured deadline, at a fixed clock.
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import type { Dataset } from '../../src/load/dataset.ts';
import { loadData } from '../../src/load/load-data.ts';
import { annualReport } from '../../src/render/report/annual-report.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { requestsFrom } from '../../src/run/requests.ts';
import { figuresOf, selectPlans } from '../../src/run/selection.ts';
import { documentText } from '../helpers/document-text.ts';

const KOKUSAI = '文化スポーツ部国際政策課';
let dataset: Dataset;
let askedOut: string;
let emptyOut: string;

beforeAll(async () => {
  const data = await mkdtemp(path.join(tmpdir(), 'shinchoku-due-'));
  await cp(path.join(BUNDLED_SEEDS, 'koriyama'), path.join(data, 'koriyama'), { recursive: true });
  await writeFile(path.join(data, 'shinchoku.yaml'), 'municipalities:\n  koriyama:\n    actualsDue: { month: 6, day: 30 }\n');
  const loaded = await loadData(data);
  if (!loaded.ok) throw new Error('the data must load');
  dataset = loaded.dataset;
  emptyOut = await mkdtemp(path.join(tmpdir(), 'shinchoku-out-'));
  askedOut = await mkdtemp(path.join(tmpdir(), 'shinchoku-out-'));
  await mkdir(path.join(askedOut, 'runs', 'collect-2024'), { recursive: true });
  const sent = {
    at: '2025-04-10T00:00:00.000Z',
    run: 'collect-2024',
    municipality: 'koriyama',
    department: KOKUSAI,
    year: 2024,
    event: 'sent',
    messageId: '<a@b>',
    recipients: ['x@koriyama.example.jp'],
    transport: 'outbox',
  };
  await writeFile(path.join(askedOut, 'runs', 'collect-2024', 'ledger.jsonl'), `${JSON.stringify({ ...sent, event: 'attempt' })}\n${JSON.stringify(sent)}\n`);
});

/** The report up to its 付録, whose explanations name every state. */
const beforeAppendix = (text: string) => text.slice(0, text.indexOf('\n# 付録'));

function kyodo2024(outDir: string, now: string): string {
  const [f] = figuresOf(selectPlans(dataset.municipalities, 'kyodo', 2024), 2024, requestsFrom(outDir, new Date(now), dataset.timezone));
  return documentText(
    annualReport({
      municipality: f!.m.municipality,
      progress: f!.progress,
      edition: dataset.edition,
      generatedAt: new Date(now),
      version: 't',
      templates: loadTemplates(dataset.timezone),
      duplex: true,
    }),
  );
}

/** The printed row of an indicator by its name: 59-1 日本遺産を活用した周遊イベント数 is 国際政策課's. */
const rowOf = (text: string, name: string) => text.split('\n').find((l) => l.startsWith('| ') && l.includes(`| ${name}`)) ?? '';

describe('the kyodo FY2024 report', () => {
  test('before any 実績照会 for the year reads 照会前, never 未報告', () => {
    const text = kyodo2024(emptyOut, '2025-05-01T03:00:00Z');
    expect(text).toContain('の実績は照会前のため、計画の目標値を示します。');
    expect(text).toContain('令和6年度（2024年度）の指標78件の実績は、まだ担当課に照会していません（照会前）。');
    expect(beforeAppendix(text)).not.toContain('未報告');
    expect(text).not.toContain('報告を待っている指標（担当課別）');
  });

  test('with a 照会 sent and its deadline not passed reads 照会中 with the deadline for that department only', () => {
    const text = kyodo2024(askedOut, '2025-06-30T14:59:00Z'); // 23:59 on 30 June in Tokyo: still the deadline day
    expect(text).toMatch(/件は各担当課に報告を依頼している最中です（照会中、提出期限は令和7年6月30日）。/);
    expect(text).toMatch(/\| － 照会中 \/ 期限 令和7年6月30日 \|/);
    expect(rowOf(text, '日本遺産を活用した周遊イベント数')).toMatch(/\| － 照会中 \/ 期限 令和7年6月30日 \|$/);
    expect(text).toMatch(/\| － 照会前 \|/);
    expect(text).not.toMatch(/－ 未報告/);
  });

  test('after the deadline reads 未報告 and lists what is awaited by department', () => {
    const text = kyodo2024(askedOut, '2025-06-30T15:00:00Z'); // 00:00 on 1 July in Tokyo
    expect(text).toMatch(/件は提出期限を過ぎても報告がありません（未報告）。/);
    expect(text).toMatch(/\| － 未報告 \/ 期限 令和7年6月30日 \|/);
    expect(text).toContain('報告を待っている指標（担当課別）');
    expect(beforeAppendix(text)).not.toContain('照会中');
  });
});
