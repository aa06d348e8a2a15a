// IO: the mail settings and the time zone of DATA/shinchoku.yaml, for the scheduler, which must
// mail and keep time even when the rest of the data does not validate (the admin's failure report).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAIL, Settings, type MailSettings } from '../model/settings.ts';
import { parseFile } from './parse-file.ts';
import type { Problem } from './problem.ts';
import { SETTINGS_FILE } from './read-files.ts';

export interface RunSettings {
  mail: MailSettings;
  /** The data's one time zone: of firings, fiscal years, printed dates and reminder months. */
  timezone: string;
}

export async function loadRunSettings(dataDir: string): Promise<RunSettings> {
  const bytes = await readFile(path.join(dataDir, SETTINGS_FILE)).catch(() => undefined);
  const parsed = bytes ? parseFile({ file: SETTINGS_FILE, bytes }, Settings, [] as Problem[]) : undefined;
  const settings = parsed?.ok ? parsed.value : Settings.parse({});
  return { mail: settings.mail ?? DEFAULT_MAIL, timezone: settings.timezone };
}
