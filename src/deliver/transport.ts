// Where mail goes: an SMTP server named by SHINCHOKU_SMTP_URL, or, when none is set, an outbox of
// .eml files under the output folder. The SMTP password is never printed: only `describe` is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { writeFileAtomic } from '../atomic-write.ts';
import { safeFileName } from '../file-name.ts';
import { ShinchokuError } from '../errors.ts';

import { SMTP_URL_VARIABLE } from './smtp-url-variable.ts';
export const SMTP_CA_VARIABLE = 'SHINCHOKU_SMTP_CA_FILE';

export interface Transport {
  kind: 'smtp' | 'outbox';
  /** Where mail goes, safe to print: no password. */
  describe: string;
  /** Sends or files one message; resolves to the server's reply (or the file written). */
  send(message: Mail.Options, fileStem: string): Promise<string>;
  close(): void;
}

/** The organisation's CA certificate to trust for the SMTP server (a private CA), from SHINCHOKU_SMTP_CA_FILE. */
function caFrom(env: NodeJS.ProcessEnv): Buffer | undefined {
  const file = env[SMTP_CA_VARIABLE];
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ShinchokuError(
      'SMTP_CA',
      `環境変数 ${SMTP_CA_VARIABLE} の CA 証明書ファイル「${file}」を読めません（${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '見つかりません' : (error as NodeJS.ErrnoException).code}）`,
    );
  }
}

export interface SmtpSettings {
  options: SMTPTransport.Options;
  /** Safe to print: no password. */
  describe: string;
  host: string;
}

/** The SMTP server named by SHINCHOKU_SMTP_URL, as nodemailer options; a mistyped URL is refused here. */
export function smtpSettings(raw: string, env: NodeJS.ProcessEnv): SmtpSettings {
  const ca = caFrom(env);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ShinchokuError('SMTP_URL', `環境変数 ${SMTP_URL_VARIABLE} が URL の形ではありません（例: smtps://ユーザー:パスワード@mail.example.jp:465）`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ShinchokuError('SMTP_URL', `環境変数 ${SMTP_URL_VARIABLE} は smtp:// か smtps:// で始めてください（いまは ${url.protocol}//）`);
  }
  if (url.hostname === '')
    throw new ShinchokuError(
      'SMTP_URL',
      `環境変数 ${SMTP_URL_VARIABLE} にメールサーバーの名前がありません（例: smtps://ユーザー:パスワード@mail.example.jp:465）`,
    );
  const secure = url.protocol === 'smtps:';
  let user: string;
  let pass: string;
  try {
    user = decodeURIComponent(url.username);
    pass = decodeURIComponent(url.password);
  } catch {
    // The password itself is never shown, not even in part.
    throw new ShinchokuError(
      'SMTP_URL',
      `環境変数 ${SMTP_URL_VARIABLE} のユーザー名かパスワードの「%」の使い方が正しくありません。「%」そのものは %25 と書きます（パスワードは表示していません）`,
    );
  }
  const options: SMTPTransport.Options = {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass } : undefined,
    tls: ca ? { ca } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
  return { options, describe: `${url.protocol}//${user ? `${user}@` : ''}${url.host}`, host: url.hostname };
}

function smtpTransport(settings: SmtpSettings): Transport {
  const transporter = nodemailer.createTransport(settings.options);
  return {
    kind: 'smtp',
    describe: settings.describe,
    async send(message) {
      const info = await transporter.sendMail(message);
      return info.response;
    },
    close: () => transporter.close(),
  };
}

function outboxTransport(dir: string): Transport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'outbox',
    describe: dir,
    async send(message, fileStem) {
      const info = await transporter.sendMail(message);
      const file = path.join(dir, safeFileName(fileStem, '.eml'));
      await writeFileAtomic(file, info.message as Buffer);
      return `ファイル ${file}`;
    },
    close: () => transporter.close(),
  };
}

/** Refuses a mistyped SHINCHOKU_SMTP_URL before any work is done, rather than after every report is built. */
export function checkTransport(env: NodeJS.ProcessEnv): void {
  openTransport(env, '').close();
}

/** SMTP when the environment names a server; otherwise the outbox folder. */
export function openTransport(env: NodeJS.ProcessEnv, outboxDir: string): Transport {
  const url = env[SMTP_URL_VARIABLE];
  return url ? smtpTransport(smtpSettings(url, env)) : outboxTransport(outboxDir);
}
