// A scheduled job runs as a child process of the same CLI an admin uses (`shinchoku run …`), so
// the PDF building, which blocks its event loop for seconds, never delays the scheduler's ticks,
// and there is no second code path. The child logs JSON lines, which are passed through.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';
import { STOP_REQUEST } from '../stop-request.ts';
import { LOG_FORMAT_VARIABLE } from '../log.ts';
import { JOB_VARIABLE, TRIGGER_VARIABLE } from '../run/trigger.ts';
import type { ScheduleJob } from '../model/schedule-config.ts';
import type { ScheduledTrigger } from './firings.ts';

const BIN = path.join(PACKAGE_ROOT, 'src', 'bin.js');

export interface JobRun {
  job: ScheduleJob;
  trigger: ScheduledTrigger;
  year: number;
  dataDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  /** Each line the child logs, as a JSON object with the job's name added. */
  onLine(event: Record<string, unknown>): void;
}

export interface RunningJob {
  /** Resolves with the child's exit code (a signal counts as 128 + its number, like a shell). */
  exited: Promise<number>;
  /** Asks the child to stop at its next safe point. */
  stop(): void;
}

export function argsFor(run: Pick<JobRun, 'job' | 'year' | 'dataDir' | 'outDir'>): string[] {
  const extra = run.job.command === 'collect' ? ['--send'] : run.job.plan ? ['--plan', run.job.plan] : [];
  return [run.job.command, '--year', String(run.year), '--data', run.dataDir, '--out', run.outDir, ...extra];
}

/** Windows has no SIGTERM (a kill ends the child mid-write): there the stop is asked for over IPC. */
const STOP_BY_MESSAGE = process.platform === 'win32';

export function spawnJob(run: JobRun): RunningJob {
  const child = spawn(process.execPath, [BIN, ...argsFor(run)], {
    env: { ...run.env, [TRIGGER_VARIABLE]: run.trigger, [JOB_VARIABLE]: run.job.name, [LOG_FORMAT_VARIABLE]: 'json' },
    stdio: STOP_BY_MESSAGE ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const forward = (stream: NodeJS.ReadableStream, event: string) =>
    createInterface({ input: stream }).on('line', (line) => {
      if (line.trim() === '') return;
      let parsed: Record<string, unknown> | undefined;
      try {
        const value: unknown = JSON.parse(line);
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) parsed = value as Record<string, unknown>;
      } catch {
        parsed = undefined;
      }
      run.onLine({ ...(parsed ?? { time: new Date().toISOString(), level: 'info', event, msg: line }), job: run.job.name });
    });
  forward(child.stdout!, 'run.output');
  forward(child.stderr!, 'run.stderr');
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  return { exited, stop: () => (STOP_BY_MESSAGE && child.connected ? child.send(STOP_REQUEST) : child.kill('SIGTERM')) };
}
