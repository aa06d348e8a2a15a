// shinchoku progress, run as an admin runs it, on the bundled seeds.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { shinchoku } from './helpers/run-cli.ts';
import { fixtureWith, MUNICIPALITY, PROJECTS } from './helpers/fixture.ts';

describe('shinchoku progress', () => {
  it('prints a table whose columns line up with Japanese text', async () => {
    const { code, stdout } = await shinchoku('progress', '--year', '2022', '--plan', 'shakai-sankaku');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('指標ID'));
    const statusColumn = stringWidth(lines[header]!.slice(0, lines[header]!.indexOf('状況')));
    const rows = lines.slice(header + 2, header + 9);
    for (const row of rows) {
      const at = row.search(/[◎○△×－] /);
      expect(stringWidth(row.slice(0, at))).toBe(statusColumn);
    }
  });

  it('computes the 令和4年度 KPIs of the Aizuwakamatsu sheet (55 ÷ 73 = 75.3% → 遅れ)', async () => {
    const { stdout } = await shinchoku('progress', '--year', '令和4年度', '--plan', 'shakai-sankaku', '--format', 'json');
    const json = JSON.parse(stdout);
    const kpi1 = json.plans[0].indicators.find((i: { id: string }) => i.id === 'kpi-1');
    expect(kpi1.achievement.ratio).toEqual({ value: 55 / 73, formula: '実績値 ÷ 目標値', inputs: { 実績値: 55, 目標値: 73 } });
    expect(kpi1.status.label).toBe('遅れ');
    expect(kpi1.gapToTarget.value).toBe(-18);
    expect(json.plans[0].summary).toMatchObject({ total: 7, evaluated: 5, achieved: 1 });
  });

  it('writes CSV that Japanese Excel opens: UTF-8 with BOM, CRLF, one row per indicator', async () => {
    const { stdout } = await shinchoku('progress', '--year', '2022', '--plan', 'shakai-sankaku', '--format', 'csv');
    expect(stdout.startsWith('\uFEFF計画ID,計画,')).toBe(true);
    expect(stdout).toContain('\r\n');
    const rows = parse(stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r['指標ID'] === 'kpi-2')).toMatchObject({ 目標値: '155人', 実績値: '75人', 達成率: '48.4%', 状況: '× 大幅な遅れ' });
  });

  it('shows the 2024 implementation plan table computed from the rows', async () => {
    const { stdout } = await shinchoku('progress', '--year', '2024', '--plan', 'kyodo');
    expect(stdout).toMatch(/協働を支える人材の育成と協働意識の醸成\s+11\s+2\s+2\s+7\s+2\s+11\s+±0/);
    expect(stdout).toContain('SDGsゴール別の事業数（のべ 182）');
  });

  it('keeps only one department’s indicators, found through its short name', async () => {
    const { stdout } = await shinchoku('progress', '--year', '2022', '--department', '障がい者支援課', '--format', 'json');
    const json = JSON.parse(stdout);
    expect(json.department).toBe('健康福祉部障がい者支援課');
    // kpi-3 (一般就労人数) is the field's KPI the department answers for; 3-9-1 and 3-9-2 are its 事務事業's.
    expect(json.plans.flatMap((p: { indicators: Array<{ id: string }> }) => p.indicators.map((i) => i.id))).toEqual(['kpi-3', '3-9-1', '3-9-2']);
  });

  it('refuses a missing year, an unknown plan and an unknown format with exit 2', async () => {
    expect((await shinchoku('progress')).stderr).toContain('--year で年度を指定してください');
    const plan = await shinchoku('progress', '--year', '2024', '--plan', 'kyoudo');
    expect([plan.code, plan.stderr.includes('計画「kyoudo」はありません（もしかして: kyodo）')]).toEqual([2, true]);
    expect((await shinchoku('progress', '--year', '2024', '--format', 'xlsx')).code).toBe(2);
  });
});

describe('a municipality’s own rubric', () => {
  it('is used and printed when municipality.yaml sets one', async () => {
    const original = await readFile(path.join(import.meta.dirname, 'fixtures', 'minimal', MUNICIPALITY), 'utf8');
    const rubric = `rubric:
  name: A〜D
  basis: 達成率
  bands:
    - { label: A, min: 100 }
    - { label: B, min: 90 }
    - { label: C, min: 60, failure: true }
    - { label: D, failure: true }
  qualitative: { 達成: A, 一部達成: C, 未達成: D }
  states:
    未報告: { label: 未報告 }
    評価不能: { label: 評価不能 }
    評価対象外: { label: 対象外 }
    未着手: { label: 未着手 }
    中止: { label: 中止 }
`;
    // The fixture's 自己評価 is on the default rubric: on this one it is C.
    const projects = (await readFile(path.join(import.meta.dirname, 'fixtures', 'minimal', PROJECTS), 'utf8')).replace(
      'selfEvaluation: 遅れ',
      'selfEvaluation: C',
    );
    const dir = await fixtureWith({ [MUNICIPALITY]: original + rubric, [PROJECTS]: projects });
    try {
      const { stdout } = await shinchoku('progress', '--year', '2024', '--data', dir, '--format', 'json');
      const json = JSON.parse(stdout);
      // 1-1: 1,150 ÷ 1,200 = 95.8% → B (≥ 90%)
      const status = json.plans[0].indicators.find((i: { id: string }) => i.id === '1-1').status;
      expect([status.label, status.reason]).toEqual(['B', '達成率 95.8% → 90%以上']);
      expect(json.plans[0].rubric.rules[0]).toBe('評価基準「A〜D」（達成率は小数第1位に四捨五入して判定）');
      expect(json.municipalities[0].summary.total).toBe(2);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('a department name two municipalities share', () => {
  it('keeps both municipalities’ plans (人事課 is in 郡山市 and 会津若松市)', async () => {
    const { stdout } = await shinchoku('progress', '--year', '2022', '--department', '人事課', '--format', 'json');
    const json = JSON.parse(stdout);
    expect(json.municipalities.map((m: { name: string }) => m.name).sort()).toEqual(['会津若松市', '郡山市']);
  });
});
