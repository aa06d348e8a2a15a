// `shinchoku progress`: its options and help. The work is in actions/progress.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption } from '../options.ts';

export const progressOptions = {
  year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
  plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課の指標だけ' },
  format: { type: 'string', valueName: '形式', description: 'table（既定）、json、csv（Excel で開ける UTF-8 BOM 付き）' },
  out: { type: 'string', valueName: 'フォルダ', description: '実績照会の記録を読む出力フォルダ（省略時は ./output）。照会前・照会中・未報告の区別に使います' },
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const progressCommand = defineCommand({
  name: 'progress',
  summary: '年度を指定して、指標ごとの進捗・達成率・差と集計を表示します',
  options: progressOptions,
  examples: [
    { command: 'npx shinchoku progress --year 2024', description: '全計画の2024年度の進捗を表で表示します' },
    { command: 'npx shinchoku progress --year 令和6年度 --plan kyodo --format csv > kyodo.csv', description: '1計画をCSVで保存します' },
    { command: 'npx shinchoku progress --year 2024 --department 広聴広報課 --format json', description: '1担当課の分をJSONで出力します' },
  ],
  run: lazyRun(() => import('../actions/progress.ts')),
});
