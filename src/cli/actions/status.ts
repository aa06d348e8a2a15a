// The work of `shinchoku status`, loaded only when the command runs (see commands/status.ts for its options and help).
import { EXIT, UsageError } from '../../errors.ts';
import { readHistory, type HistoryEntry } from '../../run/history.ts';
import { lockHolder } from '../../run/run-lock.ts';
import { runLockFile } from '../../run/guarded.ts';
import { TRIGGER_LABEL } from '../../run/trigger.ts';
import { DEFAULT_KEEP_HISTORY_DAYS } from '../../model/schedule-config.ts';
import { textTable } from '../../render/text-table.ts';
import { daemonLockFile } from '../../schedule/daemon.ts';
import { timingOf, upcomingFirings } from '../../schedule/firings.ts';
import { formatLocalTime } from '../../schedule/local-time.ts';
import { dataDir } from '../data-option.ts';
import { outDir } from '../guard-for.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { scheduleConfigOrReport } from '../schedule-config-option.ts';
import type { CommandContext } from '../command.ts';
import type { statusOptions } from '../commands/status.ts';

const OUTCOME: Record<HistoryEntry['outcome'], string> = { ok: '成功', failed: '失敗', aborted: '中断' };

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

export async function run({ options, stdout, stderr }: CommandContext<typeof statusOptions>): Promise<number> {
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit には1以上の整数を書きます（いまは「${options.limit}」）`);
  const out = outDir(options);
  const config = await scheduleConfigOrReport(dataDir(options), stderr, false);
  const timeZone = (await loadRunSettings(dataDir(options))).timezone;
  const lines: string[] = [];

  const daemon = await lockHolder(daemonLockFile(out));
  const busy = await lockHolder(runLockFile(out));
  lines.push(`スケジューラ: ${daemon ? `動いています（${daemon.host} のプロセス ${daemon.pid}、${formatLocalTime(new Date(daemon.startedAt), timeZone)} から）` : '止まっています'}`);
  lines.push(`実行中: ${busy ? `${busy.what}、${formatLocalTime(new Date(busy.startedAt), timeZone)} から（プロセス ${busy.pid}）` : 'なし'}`);

  lines.push('', `次の定期実行（${timeZone}）`);
  if (!config) lines.push('  schedule.yaml がないため、定期実行はありません');
  else {
    const now = new Date();
    const rows = config.jobs.map((job) => {
      const [next] = upcomingFirings(timingOf(job, timeZone), now, 1);
      return [job.name, job.command, next ? formatLocalTime(next, timeZone) : 'なし', `"${job.cron}"${job.onClosedDay === 'next-business-day' ? '、休日なら翌開庁日' : ''}`];
    });
    lines.push(indent(textTable([{ heading: '名前' }, { heading: '内容' }, { heading: '次回' }, { heading: '予定' }], rows)));
  }

  const history = await readHistory(out);
  const recent = history.slice(-limit).reverse();
  lines.push('', `最近の実行（新しい順に最大 ${limit} 件。履歴は ${config?.keepHistoryDays ?? DEFAULT_KEEP_HISTORY_DAYS} 日分を保存）`);
  if (recent.length === 0) lines.push('  まだ実行していません');
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
    lines.push(indent(textTable(columns, recent.map((e) => historyRow(e, timeZone)))));
    for (const e of recent.filter((x) => x.message)) lines.push(`  ${formatLocalTime(new Date(e.startedAt), timeZone)} ${OUTCOME[e.outcome]}: ${e.message}`);
  }
  stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

const indent = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');
