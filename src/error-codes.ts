// The catalogue of what can end a command: every exit code and every error code, with what it means
// and what to do, in Japanese. The help's exit-code line and the README's two tables are generated
// from here (test/readme-tables.test.ts keeps the README in step), and an error can only be thrown
// with a code listed here, its exit code taken from the list.

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
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES: ReadonlyArray<{ code: ExitCode; name: string; detail?: string }> = [
  { code: EXIT.ok, name: '成功' },
  { code: EXIT.failure, name: '失敗', detail: 'データの誤り、作れなかった報告書、送れなかったメールなど' },
  { code: EXIT.usage, name: '使い方の誤り', detail: 'コマンド・オプション・年度の書き方' },
  { code: EXIT.internal, name: '予期しないエラー', detail: '不具合。表示された内容を開発担当へ' },
  { code: EXIT.busy, name: '別の実行が進行中', detail: '同じ出力フォルダの実行か、データのフォルダを1分以上使う取り込み。終わってからやり直します' },
  { code: EXIT.aborted, name: '中断', detail: 'SIGINT（Ctrl+C）・SIGTERM。送った分は記録済みで、もう一度実行すると続きから' },
];

const FILE_SYSTEM = '。表示された場所の権限・空き容量・名前を確かめます';

export const ERROR_CODES = {
  USAGE: { exit: EXIT.usage, meaning: 'コマンド・オプション・年度の書き方の誤り。shinchoku help <コマンド> で書き方を確かめます' },
  INVALID_DATA: { exit: EXIT.failure, meaning: 'データに問題がある。表示されたファイル・行・項目を直します（shinchoku validate で一覧）' },
  DATA_DIR_NOT_FOUND: { exit: EXIT.failure, meaning: 'データのフォルダがない（--data・SHINCHOKU_DATA を確かめます）' },
  INVALID_SCHEDULE: { exit: EXIT.failure, meaning: 'schedule.yaml に問題がある' },
  NO_SCHEDULE: { exit: EXIT.failure, meaning: 'schedule を起動したが、データのフォルダに schedule.yaml がない' },
  SCHEDULE_STATE: { exit: EXIT.failure, meaning: '定期実行の記録（output/schedule/state.json）が読めない' },
  SCHEDULER_RUNNING: { exit: EXIT.busy, meaning: 'この出力フォルダのスケジューラはすでに動いている' },
  BUSY: { exit: EXIT.busy, meaning: '同じ出力フォルダ（またはデータのフォルダ）で別の実行が進行中' },
  LOCK: { exit: EXIT.busy, meaning: 'ロックファイルをほかの実行と取り合っている。少し待ってやり直します' },
  ABORTED: { exit: EXIT.aborted, meaning: 'SIGINT・SIGTERM で中断した。もう一度実行すると続きから' },
  RUN_NOT_FOUND: { exit: EXIT.failure, meaning: 'resend: その実行の記録がない（実行ID と、実行したときの --out を確かめます）' },
  RUN_RECORD: { exit: EXIT.failure, meaning: 'resend: 実行の記録（run.json）が読めない' },
  SNAPSHOT_CHANGED: { exit: EXIT.failure, meaning: 'resend: 実行時に保存したデータが書き換えられている' },
  TEMPLATE_ERROR: { exit: EXIT.failure, meaning: 'テンプレート（templates/）の誤り。ファイルと行を示します' },
  SMTP_URL: { exit: EXIT.failure, meaning: 'SHINCHOKU_SMTP_URL の書き方の誤り' },
  SMTP_CA: { exit: EXIT.failure, meaning: 'SHINCHOKU_SMTP_CA_FILE の CA 証明書が読めない' },
  SENDER_PLACEHOLDER: { exit: EXIT.failure, meaning: 'SMTP で送るのに、送信者か返信先が仮のアドレスのまま（shinchoku.yaml）' },
  MAIL_NOT_CONFIGURED: { exit: EXIT.failure, meaning: 'mail-test: SHINCHOKU_SMTP_URL がなく、メールは送信箱に保存されるだけ' },
  MAIL_TEST_FAILED: {
    exit: EXIT.failure,
    meaning: 'mail-test: テストメールを送れなかった。失敗した段階（名前解決・接続・TLS・ログイン・送信者・宛先）と直し方を示します',
  },
  LOG_FILE: { exit: EXIT.failure, meaning: '--log-file のファイルを開けない' },
  FOLDER_NOT_EMPTY: { exit: EXIT.failure, meaning: 'init: 指定したフォルダに既にファイルがある' },
  INIT_INVALID: { exit: EXIT.internal, meaning: 'init: 雛形（templates/init/）が検証に通らない（不具合か、雛形の書き換えの誤り）' },
  IMPORT_NOT_FOUND: { exit: EXIT.failure, meaning: 'import: 指定したファイルがない・読めない' },
  IMPORT_FORMAT: { exit: EXIT.failure, meaning: 'import: .xlsx か .csv ではない' },
  IMPORT_UNREADABLE: { exit: EXIT.failure, meaning: 'import: ファイルの中身が読めない（UTF-16、暗号化、壊れた Excel、シートがない）' },
  IMPORT_TOO_MANY_ROWS: { exit: EXIT.failure, meaning: 'import: 実績照会のシートにしては行が多すぎる' },
  IMPORT_WOULD_BREAK: { exit: EXIT.failure, meaning: 'import: 取り込むとデータに問題が出るため、何も書き込んでいない' },
  FS_MKDIR: { exit: EXIT.failure, meaning: `フォルダを作れない${FILE_SYSTEM}` },
  FS_EACCES: { exit: EXIT.failure, meaning: `権限がない${FILE_SYSTEM}` },
  FS_EPERM: { exit: EXIT.failure, meaning: `権限がない${FILE_SYSTEM}` },
  FS_EROFS: { exit: EXIT.failure, meaning: `読み取り専用の場所${FILE_SYSTEM}` },
  FS_ENOSPC: { exit: EXIT.failure, meaning: `ディスクがいっぱい${FILE_SYSTEM}` },
  FS_EDQUOT: { exit: EXIT.failure, meaning: `ディスクの使用量の上限${FILE_SYSTEM}` },
  FS_ENOTDIR: { exit: EXIT.failure, meaning: `フォルダのはずの場所にファイルがある${FILE_SYSTEM}` },
  FS_EEXIST: { exit: EXIT.failure, meaning: `フォルダを作る場所に同じ名前のファイルがある${FILE_SYSTEM}` },
  FS_EISDIR: { exit: EXIT.failure, meaning: `ファイルのはずの場所がフォルダ${FILE_SYSTEM}` },
  FS_ENAMETOOLONG: { exit: EXIT.failure, meaning: `名前が長すぎる${FILE_SYSTEM}` },
  FS_EMFILE: { exit: EXIT.failure, meaning: `開いているファイルが多すぎる${FILE_SYSTEM}` },
} as const satisfies Record<string, { exit: ExitCode; meaning: string }>;
export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

/** 「失敗（データの誤り、…）」: an exit code in words, for logs and the admin's mail. */
export function exitMeaning(code: number): string {
  const known = EXIT_CODES.find((e) => e.code === code);
  if (known) return known.detail ? `${known.name}（${known.detail}）` : known.name;
  return code > 128 ? `シグナル ${code - 128} で終了` : '不明';
}

/** The exit codes on one line, for the end of every help text. */
export const exitCodeLine = (): string => `終了コード: ${EXIT_CODES.map((e) => `${e.code} ${e.name}`).join(' / ')}`;

/** The README's tables, in Markdown. */
export function exitCodeTable(): string {
  return ['| 終了コード | 意味 |', '|---|---|', ...EXIT_CODES.map((e) => `| \`${e.code}\` | ${e.name}${e.detail ? `（${e.detail}）` : ''} |`)].join('\n');
}

export function errorCodeTable(): string {
  return [
    '| コード | 終了コード | 意味・すること |',
    '|---|---|---|',
    ...Object.entries(ERROR_CODES).map(([code, e]) => `| \`${code}\` | ${e.exit} | ${e.meaning} |`),
  ].join('\n');
}
