// `shinchoku validate`: its options and help. The work is in actions/validate.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption } from '../options.ts';

export const validateOptions = { ...dataOption } as const satisfies Record<string, OptionDef>;

export const validateCommand = defineCommand({
  name: 'validate',
  summary: '計画データを検証し、計画ごとの件数を表示します',
  description:
    'データのフォルダを読み、書式・年度・担当課・再掲など（定期実行の設定 schedule.yaml があればそれも）をすべて確かめます。\n問題があれば、ファイル・行・項目ごとにすべて表示します。何も書き換えません。',
  options: validateOptions,
  examples: [
    { command: 'npx shinchoku validate', description: '同梱の seeds/ を検証します' },
    { command: 'npx shinchoku validate --data ./data', description: '別のフォルダのデータを検証します' },
  ],
  run: lazyRun(() => import('../actions/validate.ts')),
});
