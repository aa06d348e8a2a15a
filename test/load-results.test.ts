// A results CSV (what `import` writes from the 事業の実施状況 sheet, or a clerk's own) is read
// into the projects' results, and every bad row is named with its file, row and column.
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/load/load-data.ts';
import { fixtureWith, problemsWith } from './helpers/fixture.ts';

const RESULTS = 'testcity/sample-plan/results/collected.csv';
const HEAD = '事業ID,年度,実施状況,工程の進み,自己評価,課題,今後の方向性,決算額（千円）,備考,出典,報告者,報告日時,取込元';
const csv = (...rows: string[]) => `\uFEFF${[HEAD, ...rows].join('\r\n')}\r\n`;

describe('a results CSV', () => {
  it("becomes the project's result for the year, with its provenance", async () => {
    const dir = await fixtureWith({
      [RESULTS]: csv('1,令和5年度,研修を2回開催した,計画どおり,概ね順調,,継続,"9,876",,,総務部人事課,2024-05-30T10:00:00+09:00,返送.xlsx'),
    });
    try {
      const loaded = await loadData(dir);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      const project = loaded.dataset.municipalities[0]!.plans[0]!.projects.find((p) => p.id === '1')!;
      expect(project.results?.get(2023)).toEqual({
        done: '研修を2回開催した',
        schedule: '計画どおり',
        selfEvaluation: '概ね順調',
        direction: '継続',
        settledCost: 9876,
        reportedBy: '総務部人事課',
        reportedAt: '2024-05-30T10:00:00+09:00',
        importedFrom: '返送.xlsx',
      });
      // The year the plan file already has stays as it was.
      expect(project.results?.get(2024)?.done).toBe('新任管理職研修を3回開催した');
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('names a project the plan does not have', async () => {
    const problems = await problemsWith({ [RESULTS]: csv('9,2024,研修,,,,,,,,,,') });
    expect(problems.map((p) => [p.code, p.line, p.where])).toEqual([['UNKNOWN_PROJECT', 2, '2行目「事業ID」列']]);
  });

  it('refuses a year the plan file already records, and a 自己評価 the rubric does not have', async () => {
    const problems = await problemsWith({ [RESULTS]: csv('1,2024,研修,,,,,,,,,,', '1,2023,研修,,よくできた,,,,,,,,') });
    expect(problems.map((p) => p.code)).toEqual(['DUPLICATE_RESULT', 'UNKNOWN_EVALUATION']);
    expect(problems[0]!.message).toContain('2024年度の実施結果は 計画のYAMLファイルにもあります');
  });

  it('refuses a value that is not one of the choices, naming the column', async () => {
    const problems = await problemsWith({ [RESULTS]: csv('1,2023,研修,遅延,,,,,,,,,') });
    expect(problems.map((p) => [p.code, p.where])).toEqual([['NOT_ALLOWED_VALUE', '2行目「工程の進み」列']]);
  });
});
