// The lock and history settings for a command that writes output or sends mail.
import { loadScheduleConfig } from '../load/load-schedule-config.ts';
import type { Log } from '../log.ts';
import { DEFAULT_KEEP_HISTORY_DAYS } from '../model/defaults.ts';
import type { Guard } from '../run/guarded.ts';

/** History is kept as long as schedule.yaml says; a broken schedule.yaml must not stop a manual run. */
export async function guardFor(dataDir: string, out: string, log: Log, entry: Guard['entry']): Promise<Guard> {
  const read = await loadScheduleConfig(dataDir);
  if (!read.ok)
    log.warn(
      'schedule.invalid',
      `schedule.yaml に問題があるため、実行履歴は既定の ${DEFAULT_KEEP_HISTORY_DAYS} 日分を残します（shinchoku validate で確かめられます）`,
    );
  return { outDir: out, keepHistoryDays: (read.ok && read.config?.keepHistoryDays) || DEFAULT_KEEP_HISTORY_DAYS, entry, log };
}
