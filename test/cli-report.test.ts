import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureWith, MINIMAL, PLAN, PROJECTS } from './helpers/fixture.ts';
import { readPdf } from './helpers/pdf.ts';
import { shinchoku, shinchokuWith } from './helpers/run-cli.ts';

const out = () => mkdtemp(path.join(tmpdir(), 'shinchoku-out-'));
const reportFile = (dir: string) => path.join(dir, '2024', 'testcity', 'sample-plan', 'annual-report.pdf');

test('a plan whose actuals are demo data says so on every page', async () => {
  const plan = await readFile(path.join(MINIMAL, PLAN), 'utf8');
  const data = await fixtureWith({ [PLAN]: `${plan}\ndemo: true\n` });
  const dir = await out();
  expect((await shinchoku('report', '--year', '2024', '--data', data, '--out', dir)).code).toBe(0);
  const pdf = await readPdf(reportFile(dir));
  expect(pdf.pages.length).toBeGreaterThan(3);
  for (const page of pdf.pages) expect(page.text).toContain('【デモデータ】');
}, 60_000);

test('the data and output folders can come from SHINCHOKU_DATA and SHINCHOKU_OUT', async () => {
  const dir = await out();
  const run = await shinchokuWith({ SHINCHOKU_DATA: MINIMAL, SHINCHOKU_OUT: dir }, 'report', '--year', '2024');
  expect(run.code).toBe(0);
  expect(path.resolve('/', run.stdout.trim())).toBe(reportFile(dir));
}, 60_000);

test('with SHINCHOKU_LOG_FORMAT=json, progress and every problem of the data are JSON lines', async () => {
  const dir = await out();
  const run = await shinchokuWith({ SHINCHOKU_LOG_FORMAT: 'json' }, 'report', '--year', '2024', '--data', MINIMAL, '--out', dir);
  expect(run.code).toBe(0);
  const events = run.stderr
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(events.map((e) => e.event)).toEqual(['report.building', 'report.done']);
  expect(events[0]).toMatchObject({ level: 'info', plan: 'sample-plan', msg: '作成中: テスト市「テスト市協働推進計画」令和6年度（2024年度）' });

  const broken = await fixtureWith({ [PLAN]: 'id: sample-plan\ntitle: [' });
  const failed = await shinchokuWith({ SHINCHOKU_LOG_FORMAT: 'json' }, 'report', '--year', '2024', '--data', broken, '--out', dir);
  expect(failed.code).toBe(1);
  const problems = failed.stderr
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((e) => e.event === 'data.problem');
  expect(problems.length).toBeGreaterThan(0);
  expect(problems[0]).toMatchObject({ level: 'error', code: 'YAML_SYNTAX', file: 'testcity/sample-plan/plan.yaml' });
}, 60_000);

test('a run on data with problems writes nothing and keeps the report already there', async () => {
  const dir = await out();
  expect((await shinchoku('report', '--year', '2024', '--data', MINIMAL, '--out', dir)).code).toBe(0);
  const before = await readFile(reportFile(dir));
  const broken = await fixtureWith({ [PLAN]: 'id: sample-plan\ntitle: [' });
  const run = await shinchoku('report', '--year', '2024', '--data', broken, '--out', dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('plan.yaml');
  expect(await readFile(reportFile(dir))).toEqual(before);
  expect(await readdir(path.dirname(reportFile(dir)))).toEqual(['annual-report.pdf']);
}, 60_000);

test('a character the font lacks is reported with where it occurs, and the report is still written', async () => {
  const projects = await readFile(path.join(MINIMAL, PROJECTS), 'utf8');
  const data = await fixtureWith({ [PROJECTS]: projects.replace('name: 人材育成推進事業\n', 'name: 人材育成推進事業🙂\n') });
  const dir = await out();
  const run = await shinchoku('report', '--year', '2024', '--data', data, '--out', dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    '文字「🙂」（U+1F642）はフォントにないため □ で印刷されます。場所: annual-report.pdf の 「基本方針 ひとづくり > 基本施策 人材の育成 > 指標（1件）」「…業 1 人材育成推進事業🙂…」',
  );
}, 60_000);

test('report without --year is a usage error', async () => {
  const run = await shinchoku('report');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--year で年度を指定してください');
});

test('report for an unknown plan suggests the closest id', async () => {
  const run = await shinchoku('report', '--year', '2024', '--plan', 'kyoudo');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('もしかして: kyodo');
});
