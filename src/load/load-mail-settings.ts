// IO: only the mail part of DATA/shinchoku.yaml, for mail that must go out even when the rest of
// the data does not validate (the admin's failure report).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAIL, Settings, type MailSettings } from '../model/settings.ts';
import { parseFile } from './parse-file.ts';
import type { Problem } from './problem.ts';
import { SETTINGS_FILE } from './read-files.ts';

export async function loadMailSettings(dataDir: string): Promise<MailSettings> {
  const bytes = await readFile(path.join(dataDir, SETTINGS_FILE)).catch(() => undefined);
  if (!bytes) return DEFAULT_MAIL;
  const parsed = parseFile({ file: SETTINGS_FILE, bytes }, Settings, [] as Problem[]);
  return (parsed.ok && parsed.value.mail) || DEFAULT_MAIL;
}
