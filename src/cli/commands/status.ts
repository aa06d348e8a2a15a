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
  description:
    '出力フォルダの実行履歴（output/history.jsonl）から新しい順に表示します。契機は 手動・再送・定期・定期（遅れて実行: 止まっている間に過ぎた予定）です。schedule.yaml があれば、次の予定と、スケジューラが動いているかも表示します。--data を指定しないときは、その出力フォルダのスケジューラが読むデータのフォルダを使います。管理者へのメールが届かなかった知らせ（SMTP の障害など）があれば、最初に表示します。履歴は schedule.yaml の keepHistoryDays の日数（既定 1095 日）だけ残します。',
  options: statusOptions,
  examples: [
    { command: 'npx shinchoku status', description: '最近の実行と次の予定を表示します' },
    { command: 'npx shinchoku status --limit 50 --out /srv/shinchoku/output', description: '別の出力フォルダの履歴を50件表示します' },
    { command: 'npx shinchoku status --json --out /srv/shinchoku/output', description: '監視のスクリプトから読む JSON を出力します' },
  ],
  run: lazyRun(() => import('../actions/status.ts')),
});
