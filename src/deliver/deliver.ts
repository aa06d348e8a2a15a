// Sends each department its own report, once: the ledger says what was already delivered, and
// every outcome (with the server's reply) is recorded before the next department is handled.
import type { Log } from '../log.ts';
import type { EmailAddress } from '../model/municipality.ts';
import type { Tally } from '../run/guarded.ts';
import type { MailContent } from './mail-content.ts';
import { keyOf, type Ledger } from './ledger.ts';
import { withRetry } from './retry.ts';
import type { Transport } from './transport.ts';

export interface DeliveryItem {
  municipality: { id: string; name: string };
  department: string;
  year: number;
  /** The date the department is asked to answer by, when it is asked: shown by a dry run. */
  deadline?: string;
  recipients: EmailAddress[];
  /** Registered as no one's inbox: the report is written, and the run says it was not mailed. */
  noMail?: boolean;
  mail: MailContent;
  /** The department's files as written to the output folder (its PDF, its 実績照会 sheet); a reminder has none. */
  attachments: Array<{ file: string; bytes: number; name: string; contentType: string }>;
}

export type Outcome =
  | { status: 'sent'; reply: string; attempts: number; again?: 'in-doubt' | 'forced' }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; attempts?: number };

export interface DeliveryResult {
  item: DeliveryItem;
  outcome: Outcome;
}

export interface DeliveryOptions {
  runId: string;
  transport: Transport;
  ledger: Ledger;
  from: { name: string; address: string };
  maxBytes: number;
  attempts: number;
  firstRetryDelayMs: number;
  force: boolean;
  log: Log;
  /** Checked before each mail: a stop never cuts one in half. */
  signal?: AbortSignal;
  /** Counts kept up to date as mails go. */
  tally?: Tally;
}

const MB = 1024 * 1024;

/** A size with as many decimals as it takes for two different sizes never to read the same: 0.1 MB and 0.12 MB. */
function sizeText(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toLocaleString('ja-JP', { maximumFractionDigits: 2 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('ja-JP')} KB`;
}

/** Why an item cannot be sent at all, before any attempt. */
function refusal(item: DeliveryItem, o: DeliveryOptions): string | undefined {
  if (item.recipients.length === 0) return '担当課の一覧にメールアドレスが登録されていません';
  if (o.transport.kind === 'smtp' && item.recipients.some((r) => r.placeholder)) {
    return `仮のアドレス（placeholder: ${item.recipients
      .filter((r) => r.placeholder)
      .map((r) => r.address)
      .join('、')}）には送りません。実際のアドレスを登録してください`;
  }
  const bytes = item.attachments.reduce((n, a) => n + a.bytes, 0);
  if (bytes > o.maxBytes) return `添付ファイルが ${sizeText(bytes)} で、上限の ${sizeText(o.maxBytes)} を超えています`;
  return undefined;
}

async function deliverOne(item: DeliveryItem, o: DeliveryOptions): Promise<Outcome> {
  const key = keyOf({ municipality: item.municipality.id, department: item.department, year: item.year });
  const state = o.ledger.stateOf(key);
  if (item.noMail) return { status: 'skipped', reason: 'メールを送らない課（noMail）として登録されています。報告書は作成しました' };
  if (state === 'sent' && !o.force) return { status: 'skipped', reason: `送信済み（${o.ledger.last(key)!.at}）` };
  const refused = refusal(item, o);
  const recipients = item.recipients.map((r) => r.address);
  const record = (event: 'attempt' | 'sent' | 'failed', extra: { attempts?: number; reply?: string } = {}) =>
    o.ledger.append({
      at: new Date().toISOString(),
      run: o.runId,
      municipality: item.municipality.id,
      department: item.department,
      year: item.year,
      event,
      messageId: item.mail.messageId,
      recipients,
      ...(item.attachments.length > 0 ? { attachments: item.attachments.map((a) => a.name) } : {}),
      transport: o.transport.describe,
      ...extra,
    });
  if (refused) {
    record('failed', { reply: refused });
    return { status: 'failed', reason: refused };
  }
  record('attempt');
  const message = {
    from: o.from,
    to: recipients,
    subject: item.mail.subject,
    text: item.mail.text,
    html: item.mail.html,
    messageId: item.mail.messageId,
    ...(item.mail.replyTo ? { replyTo: item.mail.replyTo } : {}),
    attachments: item.attachments.map((a) => ({ filename: a.name, path: a.file, contentType: a.contentType })),
  };
  const stem = `${item.municipality.id}-${item.department}`;
  const result = await withRetry(
    () => o.transport.send(message, stem),
    { attempts: o.attempts, firstDelayMs: o.firstRetryDelayMs },
    (n, failure, waitMs) =>
      o.log.warn('mail.retry', `再試行: ${item.department}（${n}回目の失敗: ${failure.reply}、${(waitMs / 1000).toFixed(1)}秒後にもう一度送ります）`, {
        department: item.department,
      }),
  );
  if (!result.ok) {
    const reason = `${result.failure.permanent ? '送信できませんでした' : `${result.attempts}回試しても送信できませんでした`}（${result.failure.fromServer ? `サーバーの応答: ${result.failure.reply}` : result.failure.reply}）`;
    record('failed', { attempts: result.attempts, reply: result.failure.reply });
    return { status: 'failed', reason, attempts: result.attempts };
  }
  record('sent', { attempts: result.attempts, reply: result.reply });
  const again = state === 'in-doubt' ? 'in-doubt' : state === 'sent' ? 'forced' : undefined;
  return { status: 'sent', reply: result.reply, attempts: result.attempts, ...(again ? { again } : {}) };
}

const WORD = { sent: '送信', skipped: 'スキップ', failed: '失敗' } as const;

/** Handles the items one after another, in order; never stops at a failed one. */
export async function deliver(items: readonly DeliveryItem[], o: DeliveryOptions): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const [i, item] of items.entries()) {
    o.signal?.throwIfAborted();
    const outcome = await deliverOne(item, o);
    const who = `${item.municipality.name} ${item.department}`;
    const fields = { municipality: item.municipality.id, department: item.department, status: outcome.status };
    if (outcome.status === 'failed') o.log.warn('mail.failed', `失敗: ${who}（${outcome.reason}）`, fields);
    else
      o.log.progress(
        `mail.${outcome.status}`,
        i + 1,
        items.length,
        `${WORD[outcome.status]}: ${who}${outcome.status === 'skipped' ? `（${outcome.reason}）` : ''}`,
        fields,
      );
    if (o.tally) o.tally[outcome.status] += 1;
    results.push({ item, outcome });
  }
  return results;
}
