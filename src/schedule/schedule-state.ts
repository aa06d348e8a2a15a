// output/schedule/state.json: which firing of each job has been handled, so a restart knows what
// it missed. `since` is when the schedule first started: nothing before it is ever caught up.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { ShinchokuError } from '../errors.ts';

export interface JobState {
  /** The firing the last finished run served. */
  handledUpTo: string;
  finishedAt: string;
  exitCode: number;
}

export interface ScheduleState {
  since: string;
  jobs: Record<string, JobState>;
}

export const scheduleDirectory = (outDir: string) => path.join(outDir, 'schedule');
const stateFile = (outDir: string) => path.join(scheduleDirectory(outDir), 'state.json');

export async function readScheduleState(outDir: string): Promise<ScheduleState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(outDir), 'utf8')) as ScheduleState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ShinchokuError('SCHEDULE_STATE', `定期実行の記録 ${stateFile(outDir)} を読めません（${(error as Error).message}）。消すと、次の起動時からの予定だけを実行します`);
  }
}

export async function writeScheduleState(outDir: string, state: ScheduleState): Promise<void> {
  await writeFileAtomic(stateFile(outDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** Where a job's firings are counted from: its last handled firing, else the schedule's start. */
export const handledUpTo = (state: ScheduleState, job: string) => new Date(state.jobs[job]?.handledUpTo ?? state.since);
