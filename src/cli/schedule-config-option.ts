// Reads DATA/schedule.yaml for the commands that need it, listing every problem when it is wrong.
import { ShinchokuError } from '../errors.ts';
import { loadScheduleConfig, SCHEDULE_FILE } from '../load/load-schedule-config.ts';
import { formatProblem, sortProblems } from '../load/problem.ts';
import { requireDataDir } from '../load/read-files.ts';
import type { ScheduleConfig } from '../model/schedule-config.ts';
import type { Log } from '../log.ts';

export const SCHEDULE_EXAMPLE = `adminEmails: [{ address: joho@city.example.jp, placeholder: true }]   # 実際のアドレスに書き換え、placeholder を消します
jobs:
  - name: 年次報告
    command: run
    cron: "0 9 1 6 *"          # 毎年6月1日 9:00（前年度の報告）
    onClosedDay: next-business-day
  - name: 実績照会
    command: collect           # 各課に実績照会の Excel を送る
    cron: "0 9 15 4 *"         # 毎年4月15日 9:00
    onClosedDay: next-business-day
  - name: 実績照会の督促
    command: remind
    cron: "0 9 10 5-7 *"       # 5〜7月の10日 9:00（4月15日の照会のあと）
    onClosedDay: next-business-day`;

/** The configuration, or undefined; when it does not validate, every problem is logged (one event each in JSON logs). */
export async function scheduleConfigOrLog(dataDir: string, log: Log, required: boolean): Promise<ScheduleConfig | undefined> {
  const read = await loadScheduleConfig(dataDir);
  if (!read.ok) {
    log.error('schedule.invalid', `${SCHEDULE_FILE} に ${read.problems.length} 件の問題があります（フォルダ: ${dataDir}）\n`, {
      problems: read.problems.length,
    });
    for (const p of sortProblems(read.problems)) log.error('schedule.problem', formatProblem(p), { code: p.code, file: p.file, line: p.line });
    throw new ShinchokuError('INVALID_SCHEDULE', `${SCHEDULE_FILE} の問題をすべて直してから、もう一度実行してください`);
  }
  if (!read.config && required) {
    await requireDataDir(dataDir);
    log.info('schedule.example', `${SCHEDULE_FILE} には、たとえば次のように書きます:\n\n${SCHEDULE_EXAMPLE}\n`);
    throw new ShinchokuError('NO_SCHEDULE', `定期実行の設定 ${SCHEDULE_FILE} がデータのフォルダ（${dataDir}）にありません`);
  }
  return read.config;
}
