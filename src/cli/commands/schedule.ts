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
  options: scheduleOptions,
  examples: [
    { command: 'npx shinchoku schedule --data ./data', description: './data/schedule.yaml の予定で常駐します' },
    { command: 'npx shinchoku schedule --data ./data --log-file /var/log/shinchoku.jsonl', description: '記録をファイルに書きます' },
  ],
  jsonLog: true,
  run: lazyRun(() => import('../actions/schedule.ts')),
});
