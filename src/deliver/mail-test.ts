// `shinchoku mail-test`: one message through the configured SMTP server, step by step, so an admin
// learns before the yearly run which step fails (name, connection, TLS, login, sender, recipient)
// and what to change. The steps are nodemailer's: verify() connects, starts TLS and logs in; sending
// then offers the sender and the recipient.
import { lookup } from 'node:dns/promises';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { CERTIFICATE } from './retry.ts';
import type { SmtpSettings } from './transport.ts';

export type MailTestStep = 'dns' | 'connect' | 'tls' | 'auth' | 'sender' | 'recipient' | 'message';

export type MailTestResult = { ok: true; reply: string } | { ok: false; step: MailTestStep; problem: string; detail: string };

const WHAT_TO_DO: Record<MailTestStep, string> = {
  dns: 'メールサーバーの名前が見つかりません（DNS）。SHINCHOKU_SMTP_URL のサーバー名の綴りと、このサーバーの DNS の設定を確かめてください',
  connect: 'メールサーバーに接続できません。サーバー名・ポート（smtps は 465、smtp は 587 が一般的）・ファイアウォールを確かめてください',
  tls: 'メールサーバーとの暗号化（TLS）に失敗しました。証明書を信頼できないときは、組織の CA 証明書を環境変数 SHINCHOKU_SMTP_CA_FILE に指定してください。ポートと smtp:// / smtps:// の組み合わせ（465 は smtps://）も確かめてください',
  auth: 'メールサーバーにログインできません。SHINCHOKU_SMTP_URL のユーザー名とパスワードを確かめてください（パスワードの「%」は %25 と書きます）',
  sender: 'メールサーバーが送信者のアドレスを受け付けません。shinchoku.yaml の mail.from を、このサーバーから送ってよいアドレスにしてください',
  recipient: 'メールサーバーが宛先のアドレスを受け付けません。アドレスの綴りと、そのサーバーが外部に送れるかを確かめてください',
  message: 'メールサーバーがメールの本文を受け付けませんでした。サーバーの応答を管理者に確かめてください',
};

function stepOf(error: { code?: string; command?: string; message?: string }): MailTestStep {
  if (CERTIFICATE.test(error.message ?? '') || CERTIFICATE.test(error.code ?? '') || error.code === 'ETLS') return 'tls';
  if (error.code === 'EAUTH' || error.command === 'AUTH PLAIN' || error.command === 'AUTH LOGIN') return 'auth';
  if (error.code === 'EDNS' || error.code === 'ENOTFOUND') return 'dns';
  if (error.command === 'MAIL FROM') return 'sender';
  if (error.command === 'RCPT TO' || error.code === 'EENVELOPE') return 'recipient';
  if (error.command === 'DATA' || error.code === 'EMESSAGE') return 'message';
  return 'connect';
}

function failed(step: MailTestStep, error: unknown): MailTestResult {
  const e = error as { code?: string; response?: string; message?: string };
  return { ok: false, step, problem: WHAT_TO_DO[step], detail: e.response ?? `${e.message ?? String(error)}${e.code ? `（${e.code}）` : ''}` };
}

export async function testMail(settings: SmtpSettings, message: Mail.Options): Promise<MailTestResult> {
  try {
    await lookup(settings.host);
  } catch (error) {
    return failed('dns', error);
  }
  const transporter = nodemailer.createTransport(settings.options);
  try {
    try {
      await transporter.verify();
    } catch (error) {
      return failed(stepOf(error as object), error);
    }
    try {
      const info = await transporter.sendMail(message);
      return { ok: true, reply: info.response };
    } catch (error) {
      return failed(stepOf(error as object), error);
    }
  } finally {
    transporter.close();
  }
}
