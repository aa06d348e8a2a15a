// `shinchoku validate`: its options and help. The work is in actions/validate.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption } from '../options.ts';

export const validateOptions = {
  json: { type: 'boolean', description: '結果を JSON（形式 shinchoku-validation/1）で出力します。問題があれば終了コード 1 は同じです' },
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const validateCommand = defineCommand({
  name: 'validate',
  summary: '計画データを検証し、計画ごとの件数を表示します',
  options: validateOptions,
  examples: [
    { command: 'npx shinchoku validate', description: '同梱の seeds/ を検証します' },
    { command: 'npx shinchoku validate --data ./data', description: '別のフォルダのデータを検証します' },
    { command: 'npx shinchoku validate --data ./data --json', description: '問題の一覧を JSON で出力します（スクリプトから読むため）' },
  ],
  run: lazyRun(() => import('../actions/validate.ts')),
});
