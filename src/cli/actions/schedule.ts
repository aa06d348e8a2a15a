// The work of `shinchoku schedule`, loaded only when the command runs (see commands/schedule.ts for its options and help).
import path from 'node:path';
import { EXIT } from '../../errors.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { createLog } from '../../log.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runDaemon } from '../../schedule/daemon.ts';
import { scheduleConfigOrLog } from '../schedule-config-option.ts';
import { dataDir, outDir } from '../folders.ts';
import { openLogFile } from '../log-file.ts';
import type { CommandContext } from '../command.ts';
import type { scheduleOptions } from '../commands/schedule.ts';

export async function run({ options, stderr, log, env, signal }: CommandContext<typeof scheduleOptions>): Promise<number> {
  const dir = dataDir(options, env);
  const config = (await scheduleConfigOrLog(dir, log, true))!;
  const file = options['log-file'] ? path.resolve(options['log-file']) : undefined;
  const logFile = file ? await openLogFile(file) : undefined;
  const sink = logFile?.stream ?? stderr;
  // Without a log file there is nothing to reopen; SIGHUP must not end the scheduler either.
  const ignoreHangUp = () => undefined;
  if (!logFile) process.on('SIGHUP', ignoreHangUp);
  const settings = await loadRunSettings(dir);
  try {
    await runDaemon({
      config,
      dataDir: dir,
      outDir: outDir(options, env),
      env,
      log: logFile ? createLog(logFile.stream, 'json') : log,
      forward: (event) => sink.write(`${JSON.stringify(event)}\n`),
      signal,
      templates: loadTemplates(settings.timezone),
      mail: settings.mail,
      timezone: settings.timezone,
    });
  } finally {
    process.off('SIGHUP', ignoreHangUp);
    await logFile?.close();
  }
  return EXIT.ok;
}
