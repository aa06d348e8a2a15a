// Who a mail is from and whom a department answers: the configured sender, and the municipality's
// contact as the signature and the Reply-To. A mail nobody can reply to is not sent over SMTP.
import { ShinchokuError } from '../errors.ts';
import type { MunicipalityData } from '../load/dataset.ts';
import type { MailSettings } from '../model/settings.ts';
import { SMTP_URL_VARIABLE } from './smtp-url-variable.ts';

export interface Sender {
  from: { name: string; address: string };
  replyTo?: string;
  /** The signature's lines: who sends, and how to reach them. */
  signature: string[];
}

type Municipal = Pick<MunicipalityData, 'contact'> & { municipality: { name: string } };

/** The address replies go to: the municipality's contact, else the configured Reply-To. */
function replyAddress(mail: MailSettings, m: Municipal) {
  return m.contact?.email ?? mail.replyTo;
}

export function senderFor(mail: MailSettings, m: Municipal): Sender {
  const c = m.contact;
  const reply = replyAddress(mail, m);
  const signature = c
    ? [
        `${m.municipality.name} ${c.department}${c.section ? ` ${c.section}` : ''}`,
        ...(c.phone ? [`電話 ${c.phone}`] : []),
        ...(reply ? [`メール ${reply.address}`] : []),
        ...(c.placeholder ? ['（設定例の連絡先です。実際の問い合わせ先ではありません）'] : []),
      ]
    : [mail.from.name, ...(reply ? [`メール ${reply.address}`] : [])];
  return { from: { name: mail.from.name, address: mail.from.address.address }, ...(reply ? { replyTo: reply.address } : {}), signature };
}

/**
 * Before any work: over SMTP, a sender or Reply-To that is a placeholder (or the built-in default)
 * is refused, saying what to set. Into the outbox it is allowed, and the returned warnings say so.
 */
export function checkSenders(env: NodeJS.ProcessEnv, mail: MailSettings, municipalities: readonly Municipal[]): string[] {
  const problems = [
    ...(mail.from.address.placeholder
      ? [
          `メールの送信者（shinchoku.yaml の mail.from）が設定されていないか、仮のアドレス（${mail.from.address.address}）です。市の実際の送信者名とアドレスを書いてください（例: from: { name: 郡山市 行政マネジメント課, address: gyosei@city.example.lg.jp } のように、placeholder を付けずに）`,
        ]
      : []),
    ...municipalities.flatMap((m) => {
      const reply = replyAddress(mail, m);
      return reply?.placeholder
        ? [
            `${m.municipality.name}の返信先（shinchoku.yaml の contact.email か mail.replyTo）が仮のアドレス（${reply.address}）です。担当課が返信できる実際のアドレスを書いてください`,
          ]
        : [];
    }),
  ];
  if (problems.length > 0 && env[SMTP_URL_VARIABLE])
    throw new ShinchokuError('SENDER_PLACEHOLDER', `メールを送りません。${problems.map((p) => `${p}。`).join('')}`);
  return problems.map((p) => `${p}。いまは送信箱のファイルに書くだけなので、このまま続けます`);
}
