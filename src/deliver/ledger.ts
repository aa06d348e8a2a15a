// The delivery ledger: one JSON line per event, appended and flushed to disk before the next
// step, so a run killed at any point knows on rerun what was delivered. Keyed by run,
// municipality, department and fiscal year.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export type LedgerEvent =
  /** About to hand the mail to the transport; without a later event the outcome is unknown. */
  'attempt' | 'sent' | 'failed';

export interface LedgerEntry {
  at: string;
  run: string;
  municipality: string;
  department: string;
  year: number;
  event: LedgerEvent;
  messageId: string;
  recipients: string[];
  /** The names of the files the mail carried (absent in ledgers written before they were recorded). */
  attachments?: string[];
  attempts?: number;
  /** The server's reply (or the outbox file), or the error for a failure. */
  reply?: string;
  transport: string;
}

export type DeliveryState = 'sent' | 'failed' | 'in-doubt' | 'never';

export const keyOf = (e: Pick<LedgerEntry, 'municipality' | 'department' | 'year'>) => `${e.municipality}\0${e.department}\0${e.year}`;

export interface Ledger {
  file: string;
  stateOf(key: string): DeliveryState;
  last(key: string): LedgerEntry | undefined;
  /** Every entry, in the order written. */
  entries(): LedgerEntry[];
  append(entry: LedgerEntry): void;
}

/** Opens (or starts) the ledger of a run. A line cut short by a crash is ignored. */
export function openLedger(file: string): Ledger {
  const latest = new Map<string, LedgerEntry>();
  const all: LedgerEntry[] = [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as LedgerEntry;
      latest.set(keyOf(entry), entry);
      all.push(entry);
    } catch {
      // Only the last line can be cut short (a crash mid-append); its event did not complete.
    }
  }
  return {
    file,
    stateOf(key) {
      const event = latest.get(key)?.event;
      return event === undefined ? 'never' : event === 'attempt' ? 'in-doubt' : event;
    },
    last: (key) => latest.get(key),
    entries: () => [...all],
    append(entry) {
      mkdirSync(path.dirname(file), { recursive: true });
      const fd = openSync(file, 'a');
      try {
        // A leading newline closes a line a crash may have cut short.
        writeSync(fd, `\n${JSON.stringify(entry)}`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      latest.set(keyOf(entry), entry);
      all.push(entry);
    },
  };
}
