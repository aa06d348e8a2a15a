// `shinchoku schedule`: its options and help. The work is in actions/schedule.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const scheduleOptions = {
  'log-file': { type: 'string', valueName: 'ファイル', description: '記録（JSON Lines）をこのファイルに追記する（省略時は標準エラー出力）' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const scheduleCommand = defineCommand({
  name: 'schedule',
  summary: '常駐して、schedule.yaml の予定どおりに run・collect・remind を実行します',
  description:
    'データのフォルダの schedule.yaml に書いた予定（cron 形式、タイムゾーンは shinchoku.yaml の timezone、既定は Asia/Tokyo）で、年次の run（終わった直近の年度）、実績照会の collect --send、未報告の課への remind を実行します。休日に当たる予定は onClosedDay: next-business-day で翌開庁日に移せます。止まっている間に過ぎた予定は、起動時に1回だけ実行します。同じ出力フォルダで run が動いている間は待ちます。SIGTERM・SIGINT で、実行中の処理を安全なところで止めて終了します。失敗した実行は adminEmails に知らせます。記録は1行1件の JSON で、標準エラー出力か --log-file に書きます。',
  options: scheduleOptions,
  examples: [
    { command: 'npx shinchoku schedule --data ./data', description: './data/schedule.yaml の予定で常駐します' },
    { command: 'npx shinchoku schedule --data ./data --log-file /var/log/shinchoku.jsonl', description: '記録をファイルに書きます' },
  ],
  jsonLog: true,
  run: lazyRun(() => import('../actions/schedule.ts')),
});
