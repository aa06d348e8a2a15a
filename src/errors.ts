// Errors are values with a stable code and a Japanese message; cli/main.ts maps them to exit codes.
// The codes, their exit codes and what they mean are listed once, in error-codes.ts.
import { ERROR_CODES, type ErrorCode } from './error-codes.ts';

export { EXIT, exitMeaning, type ErrorCode } from './error-codes.ts';

export class ShinchokuError extends Error {
  readonly exitCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ShinchokuError';
    this.exitCode = ERROR_CODES[code].exit;
  }
}

export class UsageError extends ShinchokuError {
  constructor(message: string) {
    super('USAGE', message);
    this.name = 'UsageError';
  }
}
