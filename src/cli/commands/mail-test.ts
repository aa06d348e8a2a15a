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
  options: mailTestOptions,
  examples: [
    {
      command: `${SMTP_URL_VARIABLE}=smtps://user:pass@mail.city.example.jp:465 npx shinchoku mail-test --data ./data --to joho@city.example.jp`,
      description: '管理者あてにテストメールを送ります',
    },
  ],
  run: lazyRun(() => import('../actions/mail-test.ts')),
});
