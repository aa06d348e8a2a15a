// What a run or resend prints on stdout: the outcome per department, then the totals.
import path from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT } from '../errors.ts';
import type { RunOutcome } from '../run/run-job.ts';

const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
};

/** Prints the outcome; returns the exit code (failure when any department failed). */
export function printRunSummary(outcome: RunOutcome, dryRun: boolean, out: Writable): number {
  out.write(`実行ID: ${outcome.runId}\n報告書: ${outcome.reports.length} 件\n`);
  if (dryRun) {
    out.write(`\n送信予定（--dry-run のため送信していません）\n`);
    for (const item of outcome.planned) {
      const to = item.recipients.map((r) => r.address).join(', ') || '（アドレスなし）';
      out.write(`  ${item.municipality.name} ${item.department} → ${shown(item.file)} → ${to}\n`);
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
  for (const who of outcome.nothingToReport) out.write(`  担当分なし ${who}（報告書もメールもありません）\n`);
  const count = (s: string) => outcome.deliveries.filter((d) => d.outcome.status === s).length;
  const failed = count('failed');
  if (dryRun) {
    out.write(`\n合計: 送信予定 ${outcome.planned.length}、担当分なし ${outcome.nothingToReport.length}\n`);
    return EXIT.ok;
  }
  out.write(`\n合計: 送信 ${count('sent')}、スキップ ${count('skipped')}、失敗 ${failed}、担当分なし ${outcome.nothingToReport.length}\n`);
  if (failed > 0) out.write(`失敗した分だけ送り直すには: npx shinchoku resend --run ${outcome.runId}\n`);
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
