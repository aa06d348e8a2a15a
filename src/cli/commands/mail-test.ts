// `shinchoku mail-test`: its options and help. The work is in actions/mail-test.ts, loaded only when the command runs.
import { SMTP_URL_VARIABLE } from '../../deliver/smtp-url-variable.ts';
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption } from '../options.ts';

export const mailTestOptions = {
  to: { type: 'string', valueName: 'アドレス', description: '送り先（省略時は schedule.yaml の adminEmails の最初の実際のアドレス）' },
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const mailTestCommand = defineCommand({
  name: 'mail-test',
  summary: 'メールの設定を確かめるため、テストメールを1通送ります',
  description: `環境変数 ${SMTP_URL_VARIABLE} のメールサーバーに、shinchoku.yaml の送信者（mail.from）から1通送ります。失敗したときは、どの段階（名前解決・接続・暗号化（TLS）・ログイン・送信者・宛先）で失敗したかと、直し方を示します（終了コード 1）。年次の実行の前に確かめておくためのものです。`,
  options: mailTestOptions,
  examples: [{ command: `${SMTP_URL_VARIABLE}=smtps://user:pass@mail.city.example.jp:465 npx shinchoku mail-test --data ./data --to joho@city.example.jp`, description: '管理者あてにテストメールを送ります' }],
  run: lazyRun(() => import('../actions/mail-test.ts')),
});
