// Logs go to stderr (results go to stdout). Two shapes: Japanese lines for people, where progress on
// a terminal rewrites one line; and JSON lines (one event per line, with the run id) for machines,
// chosen by SHINCHOKU_LOG_FORMAT=json — the scheduler sets it for the runs it starts.
import type { Writable } from 'node:stream';
import { UsageError } from './errors.ts';
import { truncateToWidth } from './render/text-table.ts';

export const LOG_FORMAT_VARIABLE = 'SHINCHOKU_LOG_FORMAT';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Log {
  info(event: string, message: string, fields?: LogFields): void;
  warn(event: string, message: string, fields?: LogFields): void;
  error(event: string, message: string, fields?: LogFields): void;
  /** Step `done` of `total` of a long piece of work. */
  progress(event: string, done: number, total: number, message: string, fields?: LogFields): void;
  /** The same log with fields added to every event (the run id once it is known). */
  with(fields: LogFields): Log;
}

export type LogFormat = 'text' | 'json';

export function logFormatFrom(env: NodeJS.ProcessEnv): LogFormat {
  const value = env[LOG_FORMAT_VARIABLE];
  if (value === undefined || value === '' || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new UsageError(`環境変数 ${LOG_FORMAT_VARIABLE} は text か json にしてください（いまは「${value}」）`);
}

export type LogStream = Writable & { isTTY?: boolean; columns?: number };

export function jsonLine(level: LogLevel, event: string, message: string, fields: LogFields, now = new Date()): string {
  return `${JSON.stringify({ time: now.toISOString(), level, event, ...fields, msg: message })}\n`;
}

export function createLog(stream: LogStream, format: LogFormat, base: LogFields = {}): Log {
  // A progress line on a terminal stays open until the next line replaces or ends it.
  const shared = { open: false };
  const make = (fields: LogFields): Log => {
    const line = (level: LogLevel, event: string, message: string, extra: LogFields = {}) => {
      if (format === 'json') {
        stream.write(jsonLine(level, event, message, { ...fields, ...extra }));
        return;
      }
      if (shared.open) stream.write('\r\x1b[2K');
      shared.open = false;
      stream.write(`${message}\n`);
    };
    return {
      info: (event, message, extra) => line('info', event, message, extra),
      warn: (event, message, extra) => line('warn', event, message, extra),
      error: (event, message, extra) => line('error', event, message, extra),
      progress(event, done, total, message, extra = {}) {
        if (format === 'json' || !stream.isTTY) {
          line('info', event, `[${done}/${total}] ${message}`, { ...extra, done, total });
          return;
        }
        stream.write(`\r\x1b[2K${truncateToWidth(`[${done}/${total}] ${message}`, (stream.columns || 80) - 1)}`);
        shared.open = done < total;
        if (!shared.open) stream.write('\n');
      },
      with: (more) => make({ ...fields, ...more }),
    };
  };
  return make(base);
}
