// The work of `shinchoku mail-test`, loaded only when the command runs (see commands/mail-test.ts for its options and help).
import { hostname } from 'node:os';
import { checkSenders } from '../../deliver/sender.ts';
import { SMTP_URL_VARIABLE } from '../../deliver/smtp-url-variable.ts';
import { smtpSettings } from '../../deliver/transport.ts';
import { testMail, type MailTestStep } from '../../deliver/mail-test.ts';
import { EXIT, ShinchokuError, UsageError } from '../../errors.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { loadScheduleConfig } from '../../load/load-schedule-config.ts';
import { formatLocalTime } from '../../schedule/local-time.ts';
import { dataDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { mailTestOptions } from '../commands/mail-test.ts';

const STEP: Record<MailTestStep, string> = {
  dns: '名前解決（DNS）',
  connect: '接続',
  tls: '暗号化（TLS）',
  auth: 'ログイン',
  sender: '送信者',
  recipient: '宛先',
  message: '本文の送信',
};

async function recipient(to: string | undefined, dir: string): Promise<string> {
  if (to) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) throw new UsageError(`--to の「${to}」はメールアドレスの形ではありません`);
    return to;
  }
  const schedule = await loadScheduleConfig(dir);
  const admin = schedule.ok ? schedule.config?.adminEmails?.find((a) => !a.placeholder) : undefined;
  if (!admin) throw new UsageError('送り先を --to で指定してください（schedule.yaml の adminEmails に実際のアドレスがあれば、そこに送ります）');
  return admin.address;
}

export async function run({ options, stdout, env }: CommandContext<typeof mailTestOptions>): Promise<number> {
  const dir = dataDir(options, env);
  const url = env[SMTP_URL_VARIABLE];
  if (!url) {
    throw new ShinchokuError(
      'MAIL_NOT_CONFIGURED',
      `環境変数 ${SMTP_URL_VARIABLE} が設定されていないため、メールは送らずに output/outbox/ に .eml ファイルとして保存されます。SMTP で送るには ${SMTP_URL_VARIABLE}=smtps://ユーザー:パスワード@メールサーバー:465 を設定してから、もう一度確かめてください`,
    );
  }
  const settings = smtpSettings(url, env);
  const run = await loadRunSettings(dir);
  checkSenders(env, run.mail, []);
  const to = await recipient(options.to, dir);
  const now = new Date();
  stdout.write(`テストメールを送ります: ${settings.describe}、送信者 ${run.mail.from.address.address} → 宛先 ${to}\n`);
  const result = await testMail(settings, {
    from: { name: run.mail.from.name, address: run.mail.from.address.address },
    to,
    subject: '【shinchoku】テストメール（メールの設定の確認）',
    text: [
      'shinchoku のメールの設定を確かめるために送ったテストメールです。返信は不要です。',
      '',
      `送信日時: ${formatLocalTime(now, run.timezone)}`,
      `メールサーバー: ${settings.describe}`,
      `送信者: ${run.mail.from.name} <${run.mail.from.address.address}>`,
      `送ったコンピューター: ${hostname()}`,
      '',
    ].join('\n'),
  });
  if (!result.ok) {
    throw new ShinchokuError('MAIL_TEST_FAILED', `${STEP[result.step]}で失敗しました。${result.problem}。サーバーの応答・エラー: ${result.detail}`);
  }
  stdout.write(
    `送りました（名前解決・接続・暗号化・ログイン・送信者・宛先のすべて成功）。サーバーの応答: ${result.reply}\n${to} に届いたかを確かめてください。\n`,
  );
  return EXIT.ok;
}
