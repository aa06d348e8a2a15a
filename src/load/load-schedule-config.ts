// IO: reads DATA/schedule.yaml (optional) through its schema. Every run and report reads it for how
// long to keep history; the YAML parser and the schema load only when there is a file to read.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScheduleConfig } from '../model/schedule-config.ts';
import type { Problem } from './problem.ts';

export const SCHEDULE_FILE = 'schedule.yaml';

export type ScheduleConfigRead = { ok: true; config?: ScheduleConfig } | { ok: false; problems: Problem[] };

export async function loadScheduleConfig(dataDir: string): Promise<ScheduleConfigRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(dataDir, SCHEDULE_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true };
    return { ok: false, problems: [{ code: 'FILE_UNREADABLE', file: SCHEDULE_FILE, message: `読めません（${(error as Error).message}）` }] };
  }
  const [{ ScheduleConfig: schema }, { parseFile }] = await Promise.all([import('../model/schedule-config.ts'), import('./parse-file.ts')]);
  const problems: Problem[] = [];
  const parsed = parseFile({ file: SCHEDULE_FILE, bytes }, schema, problems);
  return parsed.ok ? { ok: true, config: parsed.value } : { ok: false, problems };
}
