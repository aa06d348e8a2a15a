// A run's mail, the same way for reports and reminders: the transport the environment names
// (or the run's outbox), the run's ledger, and the retry and size rules from the settings.
import path from 'node:path';
import type { Log } from '../log.ts';
import type { MailSettings } from '../model/settings.ts';
import type { Tally } from '../run/guarded.ts';
import { runDirectory } from '../run/run-record.ts';
import { deliver, type DeliveryItem, type DeliveryResult } from './deliver.ts';
import { openLedger } from './ledger.ts';
import { openTransport } from './transport.ts';

export interface RunDelivery {
  runId: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  mail: MailSettings;
  force: boolean;
  log: Log;
  signal?: AbortSignal;
  tally?: Tally;
}

export async function deliverRun(items: readonly DeliveryItem[], r: RunDelivery): Promise<DeliveryResult[]> {
  const transport = openTransport(r.env, path.join(r.outDir, 'outbox', r.runId));
  r.log.info('mail.transport', `配信先: ${transport.describe}`);
  try {
    return await deliver(items, {
      runId: r.runId,
      transport,
      ledger: openLedger(path.join(runDirectory(r.outDir, r.runId), 'ledger.jsonl')),
      from: { name: r.mail.from.name, address: r.mail.from.address.address },
      maxBytes: r.mail.maxAttachmentMB * 1024 * 1024,
      attempts: r.mail.attempts,
      firstRetryDelayMs: r.mail.retryDelaySeconds * 1000,
      force: r.force,
      log: r.log,
      signal: r.signal,
      tally: r.tally,
    });
  } finally {
    transport.close();
  }
}
