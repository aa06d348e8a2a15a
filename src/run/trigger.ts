// What started a run. The scheduler starts the same CLI command as an admin would and says so
// through the environment, so there is no second code path for scheduled runs.
import { UsageError } from '../errors.ts';

export type Trigger = 'manual' | 'resend' | 'schedule' | 'catch-up';

export const TRIGGER_VARIABLE = 'SHINCHOKU_TRIGGER';
export const JOB_VARIABLE = 'SHINCHOKU_JOB';

export const TRIGGER_LABEL: Record<Trigger, string> = {
  manual: '手動',
  resend: '再送',
  schedule: '定期',
  'catch-up': '定期（遅れて実行）',
};

/** The trigger the environment names, or `own` (manual, resend) when none is set. */
export function triggerFrom(env: NodeJS.ProcessEnv, own: Trigger): { trigger: Trigger; job?: string } {
  const value = env[TRIGGER_VARIABLE];
  if (value === undefined || value === '') return { trigger: own };
  if (value !== 'schedule' && value !== 'catch-up') throw new UsageError(`環境変数 ${TRIGGER_VARIABLE} は schedule か catch-up です（いまは「${value}」）`);
  return { trigger: value, job: env[JOB_VARIABLE] || undefined };
}
