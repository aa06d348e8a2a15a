// `shinchoku import`: its options and help. The work is in actions/import.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';

export const importOptions = {
  'dry-run': { type: 'boolean', description: '一覧を示すだけで書き込まない' },
  'skip-invalid': { type: 'boolean', description: '問題のある行を飛ばし、残りを取り込む（飛ばした行を表示します）' },
  data: {
    type: 'string',
    valueName: 'フォルダ',
    description: '取り込み先の計画データのフォルダ（必須。環境変数 SHINCHOKU_DATA でも可。同梱の seeds/ には書き込みません）',
  },
} as const satisfies Record<string, OptionDef>;

export const importCommand = defineCommand({
  name: 'import',
  summary: '担当課から返ってきた実績照会（.xlsx / .csv）を検証して取り込みます',
  positionals: 'ファイル…',
  options: importOptions,
  examples: [
    { command: 'npx shinchoku import --data ./data --dry-run 返送/*.xlsx', description: '返ってきたファイルを検証し、何が変わるかを確かめます' },
    { command: 'npx shinchoku import --data ./data 返送/人事課.xlsx 返送/5R推進課.csv', description: '取り込みます' },
  ],
  run: lazyRun(() => import('../actions/import.ts')),
});
