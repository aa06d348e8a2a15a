// What a run or resend prints on stdout: the outcome per department, then the totals.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT } from '../errors.ts';
import type { DeliveryItem, DeliveryResult } from '../deliver/deliver.ts';
import { formatCalendarDay } from '../model/fiscal-year.ts';
import { shellCommand } from '../shell-words.ts';
import { folderArgs } from './folders.ts';

export interface Summarised {
  runId: string;
  /** Reports written; a reminder writes none. */
  reports?: string[];
  planned: DeliveryItem[];
  deliveries: DeliveryResult[];
  nothingToReport: string[];
  /** Printed after the totals, so they are the last thing an admin reads. */
  warnings?: string[];
}

/** How the departments that get nothing are named: 担当分なし for reports, 未報告なし for reminders. */
export interface NothingLabel {
  label: string;
  note: string;
}

const NO_SHARE: NothingLabel = { label: '担当分なし', note: '（報告書もメールもありません）' };

export const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
};

export interface SummaryOptions {
  dryRun: boolean;
  out: Writable;
  /** The folders the command used, repeated in the resend hint. */
  folders: { data: string; out: string };
  nothing?: NothingLabel;
}

/** Prints the outcome; returns the exit code (failure when any department failed). */
export function printRunSummary(outcome: Summarised, { dryRun, out, folders, nothing = NO_SHARE }: SummaryOptions): number {
  out.write(`実行ID: ${outcome.runId}\n${outcome.reports ? `報告書: ${outcome.reports.length} 件\n` : ''}`);
  if (dryRun) {
    const attached = new Set(outcome.planned.flatMap((i) => i.attachments.map((a) => a.file)));
    const kept = (outcome.reports ?? []).filter((f) => !attached.has(f));
    if (kept.length > 0) out.write(`\n作成のみ（メールに添付しないもの）\n${kept.map((f) => `  ${shown(f)}\n`).join('')}`);
    out.write(`\n送信予定（--dry-run のため送信していません${outcome.reports?.length ? '。ファイルは作成済みです' : ''}）\n`);
    for (const item of outcome.planned) {
      const to = item.noMail ? '（メールを送らない課）' : item.recipients.map((r) => r.address).join(', ') || '（アドレスなし）';
      out.write(`  ${item.municipality.name} ${item.department}\n`);
      for (const a of item.attachments) out.write(`    ファイル: ${shown(a.file)}\n`);
      out.write(`    宛先: ${to}\n`);
      if (item.deadline) out.write(`    提出期限: ${formatCalendarDay(item.deadline)}\n`);
    }
  } else {
    out.write('\n');
    for (const { item, outcome: o } of outcome.deliveries) {
      const who = `${item.municipality.name} ${item.department}`;
      if (o.status === 'sent') {
        const note = o.again === 'in-doubt' ? '（前回の結果が不明だったため同じ Message-ID で再送）' : o.again === 'forced' ? '（--force で再送）' : '';
        out.write(`  送信      ${who} → ${item.recipients.map((r) => r.address).join(', ')}${note}\n`);
      } else if (o.status === 'skipped') {
        out.write(`  スキップ  ${who}: ${o.reason}\n`);
      } else {
        out.write(`  失敗      ${who}: ${o.reason}\n`);
      }
    }
  }
  for (const who of outcome.nothingToReport) out.write(`  ${nothing.label} ${who}${nothing.note}\n`);
  const count = (s: string) => outcome.deliveries.filter((d) => d.outcome.status === s).length;
  const failed = count('failed');
  const warn = () => {
    if (outcome.warnings?.length) out.write(`\n注意（${outcome.warnings.length}件）\n${outcome.warnings.map((w) => `  ${w}\n`).join('')}`);
  };
  if (dryRun) {
    out.write(`\n合計: 送信予定 ${outcome.planned.length}、${nothing.label} ${outcome.nothingToReport.length}\n`);
    warn();
    return EXIT.ok;
  }
  out.write(`\n合計: 送信 ${count('sent')}、スキップ ${count('skipped')}、失敗 ${failed}、${nothing.label} ${outcome.nothingToReport.length}\n`);
  warn();
  if (failed > 0)
    out.write(
      `失敗した分だけ送り直すには: ${outcome.reports ? `npx shinchoku ${shellCommand(['resend', '--run', outcome.runId, ...folderArgs(folders)])}` : '同じコマンドをもう一度実行してください（送信済みの課には送りません）'}\n`,
    );
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
