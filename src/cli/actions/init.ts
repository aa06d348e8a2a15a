// The work of `shinchoku init`, loaded only when the command runs (see commands/init.ts for its options and help).
// The folder appears whole or not at all: the files are written into a hidden sibling, which is then renamed.
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, ShinchokuError, UsageError } from '../../errors.ts';
import { loadData } from '../../load/load-data.ts';
import { DEFAULT_TIME_ZONE } from '../../model/defaults.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { lastEndedFiscalYear } from '../../schedule/last-ended-fiscal-year.ts';
import { shellCommand } from '../../shell-words.ts';
import { logProblems } from '../data-option.ts';
import type { CommandContext } from '../command.ts';
import type { initOptions } from '../commands/init.ts';

const PLAN_ID = 'keikaku';
/** Written into YAML unquoted, in flow mappings and plain scalars: nothing YAML would read as syntax. */
const SAFE_NAME = /^[^\s:#,[\]{}&*!|>'"%@`?\\-][^:#,[\]{}&*!|>'"%@`\\]*$/u;

async function emptyOrAbsent(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export async function run({ options, positionals, stdout, log }: CommandContext<typeof initOptions>): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('作るフォルダを1つ指定してください。例: shinchoku init ./data --id kitakata --name 喜多方市');
  const id = options.id ?? 'city';
  const name = options.name ?? '○○市';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(`自治体ID「${id}」には英小文字・数字・「-」だけを使ってください（例: kitakata）`);
  if (!SAFE_NAME.test(name.trim())) throw new UsageError(`自治体名「${name}」に使えない記号があります（「:」「#」「,」括弧・引用符など）`);
  const dir = path.resolve(positionals[0]!);
  if (!(await emptyOrAbsent(dir))) {
    throw new ShinchokuError('FOLDER_NOT_EMPTY', `${dir} には既にファイルがあります。何も書いていません。まだないフォルダか空のフォルダを指定してください`);
  }
  const first = lastEndedFiscalYear(new Date(), DEFAULT_TIME_ZONE);
  const values = { id, name: name.trim(), domain: `${id}.example.jp`, first, last: first + 4 };
  const templates = loadTemplates(DEFAULT_TIME_ZONE);
  const files: Array<[string, string]> = [
    ['shinchoku.yaml', 'init/shinchoku.yaml'],
    ['schedule.yaml', 'init/schedule.yaml'],
    [`${id}/municipality.yaml`, 'init/municipality.yaml'],
    [`${id}/${PLAN_ID}/plan.yaml`, 'init/plan.yaml'],
    [`${id}/${PLAN_ID}/projects/projects.yaml`, 'init/projects.yaml'],
  ];
  const building = path.join(path.dirname(dir), `.${path.basename(dir)}.init-${process.pid}`);
  await rm(building, { recursive: true, force: true });
  try {
    for (const [file, template] of files) {
      await mkdir(path.dirname(path.join(building, file)), { recursive: true });
      await writeFile(path.join(building, file), templates.render(template, values));
    }
    // The starter must pass the same checks as any data before it is handed over.
    const loaded = await loadData(building);
    if (!loaded.ok) {
      logProblems(loaded.problems, building, log);
      throw new ShinchokuError(
        'INIT_INVALID',
        '雛形のデータが検証に通らなかったため、フォルダを作っていません（テンプレート templates/init/ を確かめてください）',
      );
    }
    await rmdir(dir).catch(() => undefined);
    await rename(building, dir);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  const where = ['--data', dir];
  stdout.write(
    [
      `データのフォルダを作りました: ${dir}`,
      '',
      ...files.map(([file]) => `  ${file}`),
      '',
      '次にすること:',
      `  1. ${id}/municipality.yaml に担当課を、${id}/${PLAN_ID}/ に計画の階層・事業・指標を、計画の文書のとおりに書きます`,
      '  2. アドレス（placeholder: true の付いたもの）を実際のものに書き換え、placeholder を消します',
      `  3. 検証: npx shinchoku ${shellCommand(['validate', ...where])}`,
      `  4. 試しに作る（送りません）: npx shinchoku ${shellCommand(['run', '--year', String(first), ...where, '--dry-run'])}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
