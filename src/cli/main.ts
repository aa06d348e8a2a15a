// The only exit point: parses the command line, runs one command, maps every error to an exit code.
import { parseArgs } from 'node:util';
import { closest } from 'fastest-levenshtein';
import { EXIT, ShinchokuError, UsageError } from '../errors.ts';
import { fileSystemError } from '../fs-error.ts';
import { createLog, logFormatFrom, type Log } from '../log.ts';
import { VERSION } from '../version.ts';
import type { CommandDef, CommandIO } from './command.ts';
import { collectCommand } from './commands/collect.ts';
import { importCommand } from './commands/import.ts';
import { progressCommand } from './commands/progress.ts';
import { remindCommand } from './commands/remind.ts';
import { reportCommand } from './commands/report.ts';
import { resendCommand } from './commands/resend.ts';
import { runCommand } from './commands/run.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { statusCommand } from './commands/status.ts';
import { validateCommand } from './commands/validate.ts';
import { commandHelp, globalHelp } from './help.ts';

export const COMMANDS: readonly CommandDef[] = [
  validateCommand,
  progressCommand,
  reportCommand,
  runCommand,
  resendCommand,
  remindCommand,
  collectCommand,
  importCommand,
  statusCommand,
  scheduleCommand,
] as unknown as CommandDef[];

function suggestion(word: string, candidates: string[]): string {
  return candidates.length > 0 ? `（もしかして: ${closest(word, candidates)}）` : '';
}

async function dispatch(argv: string[], io: CommandIO, logs: { current: Log }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout.write(globalHelp(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw new UsageError(`「${name}」というコマンドはありません${suggestion(name, COMMANDS.map((c) => c.name))}。一覧は shinchoku --help で見られます`);
  }
  const options = { ...command.options, help: { type: 'boolean' as const, short: 'h', description: '' } };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: command.positionals !== undefined, tokens: true });
  } catch (error) {
    throw usageErrorFrom(error, command);
  }
  // The parser keeps the last of a repeated option; two years or two plans are a mistake to say, not to guess.
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`オプション --${t.name} が二度指定されています。一つにしてください`);
    seen.add(t.name);
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  const log = command.jsonLog ? createLog(io.stderr, 'json') : io.log;
  logs.current = log;
  return command.run({ ...io, log, options: parsed.values as Record<string, never>, positionals: parsed.positionals });
}

function usageErrorFrom(error: unknown, command: CommandDef): UsageError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  const help = `使い方は shinchoku ${command.name} --help で見られます`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const names = Object.keys(command.options).map((n) => `--${n}`);
      return new UsageError(`「${command.name}」に ${flag} というオプションはありません${suggestion(flag, names)}。${help}`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(`オプション ${flag} の値の書き方が正しくありません。${help}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`「${command.name}」は余分な引数を受け取りません。${help}`);
    default:
      return new UsageError(`${message}。${help}`);
  }
}

/** SIGINT/SIGTERM stop long work at its next safe point; a second SIGINT ends the process at once. */
function abortOnSignals(logs: { current: Log }): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      if (name === 'SIGINT') process.exit(EXIT.aborted);
      return;
    }
    logs.current.warn('signal', `${name} を受け取りました。いまの報告書・メールが終わったところで止めます（送った分は記録済みで、やり直しても二重には送りません）`, { signal: name });
    controller.abort(new ShinchokuError('ABORTED', `${name} で中断しました。もう一度実行すると、続きから行います`, EXIT.aborted));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export async function runMain(argv: string[], streams: Pick<CommandIO, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr }, env = process.env): Promise<number> {
  const logs = { current: createLog(streams.stderr, 'text') };
  const signals = abortOnSignals(logs);
  try {
    logs.current = createLog(streams.stderr, logFormatFrom(env));
    return await dispatch(argv, { ...streams, log: logs.current, env, signal: signals.signal }, logs);
  } catch (caught) {
    let error = caught;
    const log = logs.current;
    error = fileSystemError(error) ?? error;
    if (error instanceof ShinchokuError) {
      log.error(`error.${error.code}`, `エラー: ${error.message} [${error.code}]`, { code: error.code });
      return error.exitCode;
    }
    log.error('error.internal', `予期しないエラーが起きました。これは shinchoku の不具合です。以下を開発担当に伝えてください。\n${(error as Error)?.stack ?? String(error)}`);
    return EXIT.internal;
  } finally {
    signals.dispose();
  }
}
