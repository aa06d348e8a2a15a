// `shinchoku status`: its options and help. The work is in actions/status.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const statusOptions = {
  limit: { type: 'string', valueName: '件数', description: '表示する実行の数（省略時は 10）' },
  json: { type: 'boolean', description: 'JSON（形式 shinchoku-status/1）で出力します（スクリプトや監視から読むため）' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const statusCommand = defineCommand({
  name: 'status',
  summary: '最近の実行（日時・契機・年度・作成ファイル・送信・失敗）と、次の定期実行の予定を表示します',
  options: statusOptions,
  examples: [
    { command: 'npx shinchoku status', description: '最近の実行と次の予定を表示します' },
    { command: 'npx shinchoku status --limit 50 --out /srv/shinchoku/output', description: '別の出力フォルダの履歴を50件表示します' },
    { command: 'npx shinchoku status --json --out /srv/shinchoku/output', description: '監視のスクリプトから読む JSON を出力します' },
  ],
  run: lazyRun(() => import('../actions/status.ts')),
});
