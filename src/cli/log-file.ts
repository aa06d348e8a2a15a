// The scheduler's --log-file, reopened on SIGHUP: logrotate (or an admin) renames the file and sends
// the signal; later lines go to a new file of the same name instead of the renamed one.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ShinchokuError } from '../errors.ts';
import { jsonLine } from '../log.ts';

export interface LogFile {
  stream: Writable;
  close(): Promise<void>;
}

async function openAppending(file: string): Promise<WriteStream> {
  await mkdir(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file, { flags: 'a' });
  await once(stream, 'open');
  // A full disk later must not end the scheduler: say so once on stderr and keep running.
  stream.once('error', (error) => process.stderr.write(`記録のファイル ${file} に書けません（${(error as NodeJS.ErrnoException).code ?? error.message}）\n`));
  return stream;
}

/** Opens the log for appending, or says in Japanese why it cannot; SIGHUP reopens it until closed. */
export async function openLogFile(file: string): Promise<LogFile> {
  let current: WriteStream;
  try {
    current = await openAppending(file);
  } catch (error) {
    throw new ShinchokuError('LOG_FILE', `記録のファイル ${file} を開けません（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  const stream = new Writable({
    write(chunk, encoding, done) {
      current.write(chunk, encoding);
      done();
    },
  });
  const reopen = async () => {
    try {
      const next = await openAppending(file);
      const old = current;
      current = next;
      old.end();
      current.write(jsonLine('info', 'log.reopened', `記録のファイル ${file} を開き直しました（SIGHUP）`, {}));
    } catch (error) {
      current.write(
        jsonLine('error', 'log.reopen-failed', `記録のファイル ${file} を開き直せません（${(error as Error).message}）。前のファイルに書き続けます`, {}),
      );
    }
  };
  const onHangUp = () => void reopen();
  process.on('SIGHUP', onHangUp);
  return {
    stream,
    async close() {
      process.off('SIGHUP', onHangUp);
      current.end();
      await finished(current);
    },
  };
}
