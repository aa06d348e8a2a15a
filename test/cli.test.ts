// The real binary, as an admin runs it: exit codes, stdout for results, stderr for errors.
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/main.ts';
import { shinchoku, shinchokuBinary } from './helpers/run-cli.ts';
import { fixtureWith, PROJECTS } from './helpers/fixture.ts';

describe('shinchoku validate', () => {
  it('succeeds on the bundled seeds from any directory and prints the counts per plan', async () => {
    const { code, stdout } = await shinchoku('validate');
    expect(code).toBe(0);
    expect(stdout).toContain('問題はありません（4 計画');
    expect(stdout).toContain('第二次郡山市協働推進基本計画 [kyodo] 2018〜2025年度');
    expect(stdout).toContain('事業: 102（うち2024年度の実施 98）');
    expect(stdout).toContain('実施計画: 57');
  });

  it('lists every problem of bad data and exits 1', async () => {
    const dir = await fixtureWith({ [PROJECTS]: "- id: '1'\n  node: 施策9\n  name: 事業\n  departments: 存在しない課\n" });
    try {
      const { code, stdout } = await shinchoku('validate', '--data', dir);
      expect(code).toBe(1);
      // The third: the fixture's actuals CSV names indicator 1-1, which the replaced file no longer has.
      expect(stdout).toContain('データに 3 件の問題があります');
      expect(stdout).toContain('指標ID「1-1」は計画「テスト市協働推進計画」にありません');
      expect(stdout).toContain('testcity/sample-plan/projects/projects.yaml:2（2行目） 事業 1「事業」 > 所属する階層: 階層「施策9」がこの計画にありません');
      expect(stdout).toContain('担当課「存在しない課」が担当課の一覧（municipality.yaml）にありません');
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('with --json gives every problem with its code, file and line, and still exits 1', async () => {
    const dir = await fixtureWith({ [PROJECTS]: "- id: '1'\n  node: 施策9\n  name: 事業\n  departments: 存在しない課\n" });
    try {
      const { code, stdout } = await shinchoku('validate', '--data', dir, '--json');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({ format: 'shinchoku-validation/1', ok: false, dataDir: dir, edition: null, municipalities: [] });
      expect(report.problems).toHaveLength(3);
      expect(report.problems).toContainEqual({
        code: 'UNKNOWN_NODE',
        file: 'testcity/sample-plan/projects/projects.yaml',
        line: 2,
        where: '事業 1「事業」 > 所属する階層',
        message: '階層「施策9」がこの計画にありません（plan.yaml の nodes の id を書きます）',
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('with --json lists what loaded when there is no problem', async () => {
    const { code, stdout } = await shinchoku('validate', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ format: 'shinchoku-validation/1', ok: true, problems: [], schedule: null });
    expect(report.municipalities.map((m: { id: string; plans: Array<{ id: string }> }) => [m.id, m.plans.map((p) => p.id)])).toEqual([
      ['aizuwakamatsu', ['shakai-sankaku']],
      ['koriyama', ['gyozaisei', 'kyodo', 'sogo-senryaku']],
    ]);
  });

  it('says so when the data folder does not exist, the real binary exiting 1', async () => {
    const { code, stderr } = await shinchokuBinary('validate', '--data', '/nonexistent/data');
    expect(code).toBe(1);
    expect(stderr).toContain('データのフォルダ「/nonexistent/data」が見つかりません [DATA_DIR_NOT_FOUND]');
  });
});

describe('command line', () => {
  it('prints Japanese help listing the commands and exit codes', async () => {
    const { code, stdout } = await shinchoku('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('使い方: shinchoku <コマンド> [オプション]');
    expect(stdout).toMatch(/\n  validate +計画データを検証し/);
    expect(stdout).toContain('終了コード: 0 成功 / 1 失敗');
  });

  it('gives every command its longer explanation from templates/help', async () => {
    for (const c of COMMANDS) {
      const { stdout } = await shinchoku('help', c.name);
      expect(stdout.split('\n')[1], c.name).toBe('');
      expect(stdout.split('\n')[2]!.length, c.name).toBeGreaterThan(20);
    }
  });

  it('prints help for one command with its options and examples', async () => {
    const { code, stdout } = await shinchoku('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--data <フォルダ>');
    expect(stdout).toContain('npx shinchoku validate --data ./data');
  });

  it('suggests the closest command for a typo and the real binary exits 2', async () => {
    const { code, stderr } = await shinchokuBinary('valdate');
    expect(code).toBe(2);
    expect(stderr).toContain('「valdate」というコマンドはありません（もしかして: validate）');
  });

  it('suggests the closest option for an unknown flag and exits 2', async () => {
    const { code, stderr } = await shinchoku('validate', '--dta', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('「validate」に --dta というオプションはありません（もしかして: --data）');
  });

  it('suggests nothing for a word that is no near miss', async () => {
    const { code, stderr } = await shinchoku('xyzzy');
    expect(code).toBe(2);
    expect(stderr).toContain('「xyzzy」というコマンドはありません。一覧は shinchoku --help で見られます');
  });

  it('prints the version for -V, --version and version alike', async () => {
    const answers = await Promise.all([['-V'], ['--version'], ['version']].map(async (args) => shinchoku(...args)));
    expect(answers.map((a) => a.code)).toEqual([0, 0, 0]);
    expect(answers[0]!.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(new Set(answers.map((a) => a.stdout)).size).toBe(1);
  });

  it('prints the help of a command for help <command>, as <command> --help does', async () => {
    const [viaHelp, viaFlag] = await Promise.all([shinchoku('help', 'run'), shinchoku('run', '--help')]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('shinchoku run — ');
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('prints the list of commands for help alone', async () => {
    const { code, stdout } = await shinchoku('help');
    expect(code).toBe(0);
    expect(stdout).toContain('コマンドごとの説明: shinchoku help <コマンド>');
  });

  it('refuses help for a command that does not exist, suggesting a near one', async () => {
    const { code, stderr } = await shinchoku('help', 'reprot');
    expect(code).toBe(2);
    expect(stderr).toContain('「reprot」というコマンドはありません（もしかして: report）');
  });

  it('exits 2 with the help when no command is given', async () => {
    const { code, stdout } = await shinchoku();
    expect(code).toBe(2);
    expect(stdout).toContain('コマンド:');
  });
});
