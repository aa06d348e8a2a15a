// `shinchoku init`: its options and help. The work is in actions/init.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';

export const initOptions = {
  id: { type: 'string', valueName: 'ID', description: '自治体ID（英小文字・数字・「-」。フォルダ名になります。省略時は city）' },
  name: { type: 'string', valueName: '名前', description: '自治体名（省略時は ○○市）' },
} as const satisfies Record<string, OptionDef>;

export const initCommand = defineCommand({
  name: 'init',
  summary: '新しい自治体のデータのフォルダを、そのまま検証・実行できる雛形で作ります',
  description:
    '指定したフォルダ（まだないか空のフォルダ）に、設定（shinchoku.yaml）、定期実行の予定（schedule.yaml）、自治体と担当課1つ（municipality.yaml）、' +
    '計画1つ（plan.yaml）と事業・指標1つずつ（projects/projects.yaml）を作ります。どのファイルにも日本語の説明が付き、アドレスはすべて仮のもの（placeholder: true）です。' +
    '作ったフォルダはそのまま validate・report・run（仮のアドレスのあいだは output/outbox/ に保存するだけ）ができます。既にファイルのあるフォルダには何も書きません。',
  positionals: 'フォルダ',
  options: initOptions,
  examples: [
    { command: 'npx shinchoku init ./data --id kitakata --name 喜多方市', description: '喜多方市のデータのフォルダを ./data に作ります' },
  ],
  run: lazyRun(() => import('../actions/init.ts')),
});
