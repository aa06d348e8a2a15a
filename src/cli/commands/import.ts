// `shinchoku import`: its options and help. The work is in actions/import.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';

export const importOptions = {
  'dry-run': { type: 'boolean', description: '一覧を示すだけで書き込まない' },
  'skip-invalid': { type: 'boolean', description: '問題のある行を飛ばし、残りを取り込む（飛ばした行を表示します）' },
  data: { type: 'string', valueName: 'フォルダ', description: '取り込み先の計画データのフォルダ（必須。環境変数 SHINCHOKU_DATA でも可。同梱の seeds/ には書き込みません）' },
} as const satisfies Record<string, OptionDef>;

export const importCommand = defineCommand({
  name: 'import',
  summary: '担当課から返ってきた実績照会（.xlsx / .csv）を検証して取り込みます',
  description:
    'shinchoku collect で作ったファイル（記入済みの .xlsx、またはそれを Excel で保存した CSV。CSV UTF-8 と通常の CSV（Shift_JIS）のどちらも可）を読み、1行ずつ計画と照らします（知らない指標・事業、ファイルの担当課の担当でない指標・事業、計画期間の外の年度、数値でない値、単位の違い、桁の誤りが疑われる値、リストにない工程の進み・自己評価・今後の方向性、目標に届かない実績の要因・課題や遅れた工程の課題の書き漏れ）。全角数字・桁区切り・末尾の単位・「△」の負数は読み替えます。結果を 新規・変更・変更なし の一覧で示してから、指標の実績は各計画の actuals/collected.csv に、事業の実施結果は results/collected.csv に、報告者・取り込んだ日時・ファイル名とともに書き込みます。問題のある行が1行でもあれば何も書き込みません（--skip-invalid で、その行だけ飛ばして取り込みます）。同じファイルを二度取り込んでも何も変わりません。計画書から転記した実績は変えません。',
  positionals: 'ファイル…',
  options: importOptions,
  examples: [
    { command: 'npx shinchoku import --data ./data --dry-run 返送/*.xlsx', description: '返ってきたファイルを検証し、何が変わるかを確かめます' },
    { command: 'npx shinchoku import --data ./data 返送/人事課.xlsx 返送/5R推進課.csv', description: '取り込みます' },
  ],
  run: lazyRun(() => import('../actions/import.ts')),
});
