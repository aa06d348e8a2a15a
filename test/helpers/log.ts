import { Writable } from 'node:stream';
import { createLog, type LogFormat } from '../../src/log.ts';

/** A real log writing into memory: `text()` is everything written so far. */
export function memoryLog(format: LogFormat = 'text', isTTY = false) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 40 },
  );
  return { log: createLog(stream, format), text: () => chunks.join('') };
}
