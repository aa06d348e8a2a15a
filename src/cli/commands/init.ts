// `shinchoku init`: its options and help. The work is in actions/init.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';

export const initOptions = {
  id: { type: 'string', valueName: 'ID', description: '自治体ID（英小文字・数字・「-」。フォルダ名になります。省略時は city）' },
  name: { type: 'string', valueName: '名前', description: '自治体名（省略時は ○○市）' },
} as const satisfies Record<string, OptionDef>;

export const initCommand = defineCommand({
  name: 'init',
  summary: '新しい自治体のデータのフォルダを、そのまま検証・実行できる雛形で作ります',
  positionals: 'フォルダ',
  options: initOptions,
  examples: [{ command: 'npx shinchoku init ./data --id kitakata --name 喜多方市', description: '喜多方市のデータのフォルダを ./data に作ります' }],
  run: lazyRun(() => import('../actions/init.ts')),
});
