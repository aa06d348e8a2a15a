// The work of `shinchoku schedule`, loaded only when the command runs (see commands/schedule.ts for its options and help).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { EXIT, ShinchokuError } from '../../errors.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { createLog } from '../../log.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runDaemon } from '../../schedule/daemon.ts';
import { dataDir } from '../data-option.ts';
import { outDir } from '../guard-for.ts';
import { scheduleConfigOrReport } from '../schedule-config-option.ts';
import type { CommandContext } from '../command.ts';
import type { scheduleOptions } from '../commands/schedule.ts';

/** Opens the log for appending, or says in Japanese why it cannot. */
async function openLogFile(file: string): Promise<WriteStream> {
  let stream: WriteStream;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    stream = createWriteStream(file, { flags: 'a' });
    await once(stream, 'open');
  } catch (error) {
    throw new ShinchokuError('LOG_FILE', `記録のファイル ${file} を開けません（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  // A full disk later must not end the scheduler: say so once on stderr and keep running.
  stream.once('error', (error) => process.stderr.write(`記録のファイル ${file} に書けません（${(error as NodeJS.ErrnoException).code ?? error.message}）\n`));
  return stream;
}

export async function run({ options, stderr, log, env, signal }: CommandContext<typeof scheduleOptions>): Promise<number> {
  const dir = dataDir(options);
  const config = (await scheduleConfigOrReport(dir, stderr, true))!;
  const file = options['log-file'] ? path.resolve(options['log-file']) : undefined;
  const stream = file ? await openLogFile(file) : undefined;
  const sink = stream ?? stderr;
  const settings = await loadRunSettings(dir);
  try {
    await runDaemon({
      config,
      dataDir: dir,
      outDir: outDir(options),
      env,
      log: stream ? createLog(stream, 'json') : log,
      forward: (event) => sink.write(`${JSON.stringify(event)}\n`),
      signal,
      templates: loadTemplates(settings.timezone),
      mail: settings.mail,
      timezone: settings.timezone,
    });
  } finally {
    if (stream) {
      stream.end();
      await finished(stream);
    }
  }
  return EXIT.ok;
}
