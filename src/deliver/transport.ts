// Where mail goes: an SMTP server named by SHINCHOKU_SMTP_URL, or, when none is set, an outbox of
// .eml files under the output folder. The SMTP password is never printed: only `describe` is.
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';

export const SMTP_URL_VARIABLE = 'SHINCHOKU_SMTP_URL';

export interface Transport {
  kind: 'smtp' | 'outbox';
  /** Where mail goes, safe to print: no password. */
  describe: string;
  /** Sends or files one message; resolves to the server's reply (or the file written). */
  send(message: Mail.Options, fileStem: string): Promise<string>;
  close(): void;
}

function smtpTransport(raw: string): Transport {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ShinchokuError('SMTP_URL', `環境変数 ${SMTP_URL_VARIABLE} が URL の形ではありません（例: smtps://ユーザー:パスワード@mail.example.jp:465）`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ShinchokuError('SMTP_URL', `環境変数 ${SMTP_URL_VARIABLE} は smtp:// か smtps:// で始めてください（いまは ${url.protocol}//）`);
  }
  const secure = url.protocol === 'smtps:';
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
  return {
    kind: 'smtp',
    describe: `${url.protocol}//${user}${url.host}`,
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
      const file = path.join(dir, `${fileStem}.eml`);
      await writeFileAtomic(file, info.message as Buffer);
      return `ファイル ${file}`;
    },
    close: () => transporter.close(),
  };
}

/** SMTP when the environment names a server; otherwise the outbox folder. */
export function openTransport(env: NodeJS.ProcessEnv, outboxDir: string): Transport {
  const url = env[SMTP_URL_VARIABLE];
  return url ? smtpTransport(url) : outboxTransport(outboxDir);
}
