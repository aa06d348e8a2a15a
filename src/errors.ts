// Errors are values with a stable code and a Japanese message; cli/main.ts maps them to exit codes.

export const EXIT = {
  ok: 0,
  /** The work failed: invalid data, a report that could not be built, a mail that was not sent. */
  failure: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A bug: something the program did not expect. */
  internal: 70,
  /** Another run holds the output folder (sysexits EX_TEMPFAIL: try again later). */
  busy: 75,
  /** Stopped by SIGINT or SIGTERM before the work was done; a rerun continues safely. */
  aborted: 130,
} as const;

export class ShinchokuError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'ShinchokuError';
  }
}

export class UsageError extends ShinchokuError {
  constructor(message: string) {
    super('USAGE', message, EXIT.usage);
    this.name = 'UsageError';
  }
}

const EXIT_MEANING: Record<number, string> = {
  [EXIT.ok]: '成功',
  [EXIT.failure]: '失敗: データの誤り、作成できなかった報告書、送れなかったメールなど',
  [EXIT.usage]: '使い方の誤り',
  [EXIT.internal]: '予期しないエラー（不具合）',
  [EXIT.busy]: '別の実行が進行中',
  [EXIT.aborted]: '中断',
};

export const exitMeaning = (code: number) => EXIT_MEANING[code] ?? (code > 128 ? `シグナル ${code - 128} で終了` : '不明');
