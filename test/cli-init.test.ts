// `shinchoku init`: a new municipality's data folder that validates and runs as it is.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shinchoku } from './helpers/run-cli.ts';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shinchoku-init-'));
  made.push(dir);
  return dir;
}

describe('shinchoku init', () => {
  it('makes a folder that validates, and a run on it files every mail in the outbox', async () => {
    const root = await scratch();
    const data = path.join(root, 'data');
    const out = path.join(root, 'output');
    const init = await shinchoku('init', data, '--id', 'kitakata', '--name', '喜多方市');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`データのフォルダを作りました: ${data}`);
    expect(init.stdout).toContain(`npx shinchoku validate --data ${data}`);

    const validate = await shinchoku('validate', '--data', data);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('喜多方市（担当課 1）');
    expect(validate.stdout).toContain('定期実行（schedule.yaml）: 実績照会（collect');

    const year = /run --year (\d{4})/.exec(init.stdout)![1]!;
    const run = await shinchoku('run', '--year', year, '--data', data, '--out', out);
    expect(run.stderr).not.toContain('問題');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('送信      喜多方市 企画部企画課 → kikaku@kitakata.example.jp');
    const outbox = await readdir(path.join(out, 'outbox'), { recursive: true });
    expect(outbox.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('marks every address as a placeholder, so nothing is mailed over SMTP until they are replaced', async () => {
    const data = path.join(await scratch(), 'data');
    expect((await shinchoku('init', data)).code).toBe(0);
    const files = ['shinchoku.yaml', 'schedule.yaml', 'city/municipality.yaml'];
    for (const file of files) {
      const text = await readFile(path.join(data, file), 'utf8');
      const addresses = text.match(/[\w.-]+@[\w.-]+/g) ?? [];
      expect(addresses.length).toBeGreaterThan(0);
      for (const line of text.split('\n').filter((l) => /@[\w.-]+/.test(l) && !l.trimStart().startsWith('#'))) expect(line).toContain('placeholder: true');
    }
  });

  it('writes nothing into a folder that already has files', async () => {
    const data = await scratch();
    await writeFile(path.join(data, 'memo.txt'), '大事なメモ');
    const result = await shinchoku('init', data);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('には既にファイルがあります。何も書いていません');
    expect(await readdir(data)).toEqual(['memo.txt']);
  });

  it('fills an empty folder that exists', async () => {
    const data = path.join(await scratch(), 'empty');
    await mkdir(data);
    expect((await shinchoku('init', data)).code).toBe(0);
    expect((await readdir(data)).sort()).toEqual(['city', 'schedule.yaml', 'shinchoku.yaml']);
  });

  it('refuses an id that cannot be a folder and id, and a name YAML would misread', async () => {
    const data = path.join(await scratch(), 'data');
    const badId = await shinchoku('init', data, '--id', 'Kita Kata');
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('自治体ID「Kita Kata」には英小文字・数字・「-」だけを使ってください');
    const badName = await shinchoku('init', data, '--name', '喜多方市: 本庁');
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('に使えない記号があります');
    await expect(readdir(data)).rejects.toThrow();
  });
});
