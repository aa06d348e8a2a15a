// output/schedule/state.json: for each job, its cron and the firing it has handled up to, so a
// restart knows what it missed. A job seen for the first time, or whose cron has changed, starts
// from that moment: only firings of the schedule as configured, while it was configured, are caught up.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';
import type { ScheduleJob } from '../model/schedule-config.ts';

export interface JobState {
  cron: string;
  /** The firing the last finished run served, or when the job was first scheduled. */
  handledUpTo: string;
  finishedAt?: string;
  exitCode?: number;
}

export interface ScheduleState {
  /** The data folder the scheduler reads, so `status` run without --data shows that data's schedule. */
  dataDir?: string;
  jobs: Record<string, JobState>;
}

export const scheduleDirectory = (outDir: string) => path.join(outDir, 'schedule');
const stateFile = (outDir: string) => path.join(scheduleDirectory(outDir), 'state.json');

export async function readScheduleState(outDir: string): Promise<ScheduleState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(outDir), 'utf8')) as ScheduleState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ShinchokuError(
      'SCHEDULE_STATE',
      `定期実行の記録 ${stateFile(outDir)} を読めません（${(error as Error).message}）。消すと、次の起動時からの予定だけを実行します`,
    );
  }
}

export async function writeScheduleState(outDir: string, state: ScheduleState): Promise<void> {
  await writeFileAtomic(stateFile(outDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** Pure: the state for the configured jobs; returns the names of jobs that start from `now`. */
export function adoptJobs(
  previous: ScheduleState | undefined,
  jobs: readonly ScheduleJob[],
  now: Date,
  dataDir: string,
): { state: ScheduleState; fresh: string[] } {
  const state: ScheduleState = { dataDir, jobs: {} };
  const fresh: string[] = [];
  for (const job of jobs) {
    const known = previous?.jobs[job.name];
    if (known && known.cron === job.cron) state.jobs[job.name] = known;
    else {
      state.jobs[job.name] = { cron: job.cron, handledUpTo: now.toISOString() };
      fresh.push(job.name);
    }
  }
  return { state, fresh };
}

export const handledUpTo = (state: ScheduleState, job: string) => new Date(state.jobs[job]!.handledUpTo);
