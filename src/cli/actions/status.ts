// The work of `shinchoku status`, loaded only when the command runs (see commands/status.ts for its options and help).
import { EXIT, UsageError } from '../../errors.ts';
import type { HistoryEntry } from '../../run/history.ts';
import { TRIGGER_LABEL } from '../../run/trigger.ts';
import { DEFAULT_KEEP_HISTORY_DAYS } from '../../model/defaults.ts';
import { textTable } from '../../render/text-table.ts';
import { formatLocalTime } from '../../schedule/local-time.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { scheduleConfigOrLog } from '../schedule-config-option.ts';
import { BUNDLED_SEEDS, DATA_VARIABLE, namedDataDir, outDir } from '../folders.ts';
import { gatherStatus, statusDataDir, type StatusReport } from '../status-report.ts';
import type { CommandContext } from '../command.ts';
import type { statusOptions } from '../commands/status.ts';

const OUTCOME: Record<HistoryEntry['outcome'], string> = { ok: '成功', failed: '失敗', aborted: '中断' };
const DATA_FROM: Record<StatusReport['dataFrom'], string> = { given: '', scheduler: '（スケジューラが読むフォルダ）', bundled: '（同梱の seeds/）' };

function historyRow(e: HistoryEntry, timeZone: string): string[] {
  const plans = e.plans.length === 0 ? '—' : e.plans.length === 1 ? e.plans[0]! : `${e.plans[0]} ほか${e.plans.length - 1}`;
  const what = `${e.command}${e.dryRun ? '（試行）' : ''}${e.department ? ` ${e.department}` : ''}`;
  return [
    formatLocalTime(new Date(e.startedAt), timeZone),
    `${TRIGGER_LABEL[e.trigger]}${e.job ? `「${e.job}」` : ''}`,
    what,
    e.year === undefined ? '—' : String(e.year),
    plans,
    String(e.reports),
    String(e.sent),
    String(e.failed),
    OUTCOME[e.outcome],
    e.runId ?? '—',
  ];
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

function statusText(s: StatusReport, limit: number): string {
  const tz = s.timeZone;
  const at = (iso: string) => formatLocalTime(new Date(iso), tz);
  const lines: string[] = [];
  if (s.unsentAlerts.length > 0) {
    lines.push(`管理者に届いていない知らせ（${s.unsentAlerts.length}件。同じ定期実行が成功すると消えます）`);
    for (const a of s.unsentAlerts) lines.push(`  ${at(a.time)}「${a.job}」${a.subject}`, `    届かなかった理由: ${a.reason}`);
    lines.push('');
  }
  lines.push(`データ: ${s.dataDir}${DATA_FROM[s.dataFrom]}`, `出力: ${s.outDir}`);
  lines.push(
    `スケジューラ: ${s.scheduler ? `動いています（${s.scheduler.host} のプロセス ${s.scheduler.pid}、${at(s.scheduler.startedAt)} から）` : '止まっています'}`,
  );
  lines.push(`実行中: ${s.running ? `${s.running.what}、${at(s.running.startedAt)} から（プロセス ${s.running.pid}）` : 'なし'}`);
  lines.push('', `次の定期実行（${tz}）`);
  if (!s.schedule)
    lines.push(
      `  データのフォルダに schedule.yaml がないため、定期実行はありません${s.dataFrom === 'bundled' ? `（別のフォルダなら --data か ${DATA_VARIABLE} で指定します）` : ''}`,
    );
  else {
    const rows = s.schedule.jobs.map((j) => [
      j.name,
      j.command,
      j.next ? at(j.next) : 'なし',
      `"${j.cron}"${j.onClosedDay === 'next-business-day' ? '、休日なら翌開庁日' : ''}`,
    ]);
    lines.push(indent(textTable([{ heading: '名前' }, { heading: '内容' }, { heading: '次回' }, { heading: '予定' }], rows)));
  }
  lines.push('', `最近の実行（新しい順に最大 ${limit} 件。履歴は ${s.schedule?.keepHistoryDays ?? DEFAULT_KEEP_HISTORY_DAYS} 日分を保存）`);
  if (s.history.length === 0) lines.push('  まだ実行していません');
  else {
    const columns = [
      { heading: '開始' },
      { heading: '契機', maxWidth: 24 },
      { heading: '内容', maxWidth: 24 },
      { heading: '年度' },
      { heading: '計画', maxWidth: 24 },
      { heading: '作成ファイル', align: 'right' as const },
      { heading: '送信', align: 'right' as const },
      { heading: '失敗', align: 'right' as const },
      { heading: '結果' },
      { heading: '実行ID' },
    ];
    lines.push(
      indent(
        textTable(
          columns,
          s.history.map((e) => historyRow(e, tz)),
        ),
      ),
    );
    for (const e of s.history.filter((x) => x.message)) lines.push(`  ${at(e.startedAt)} ${OUTCOME[e.outcome]}: ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function run({ options, stdout, log, env }: CommandContext<typeof statusOptions>): Promise<number> {
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit には1以上の整数を書きます（いまは「${options.limit}」）`);
  const out = outDir(options, env);
  const data = await statusDataDir(namedDataDir(options, env), BUNDLED_SEEDS, out);
  const config = await scheduleConfigOrLog(data.dataDir, log, false);
  const timeZone = (await loadRunSettings(data.dataDir)).timezone;
  const report = await gatherStatus({ ...data, outDir: out }, config, timeZone, limit, new Date());
  stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : statusText(report, limit));
  return EXIT.ok;
}
