// The only exit point: parses the command line, runs one command, maps every error to an exit code.
import { parseArgs } from 'node:util';
import { EXIT, ShinchokuError, UsageError } from '../errors.ts';
import { fileSystemError } from '../fs-error.ts';
import { createLog, logFormatFrom, type Log } from '../log.ts';
import { STOP_REQUEST } from '../stop-request.ts';
import { suggestion } from '../suggest.ts';
import { VERSION } from '../version.ts';
import type { CommandDef, CommandIO } from './command.ts';
import { collectCommand } from './commands/collect.ts';
import { importCommand } from './commands/import.ts';
import { initCommand } from './commands/init.ts';
import { mailTestCommand } from './commands/mail-test.ts';
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
  initCommand,
  mailTestCommand,
] as unknown as CommandDef[];

function commandNamed(name: string): CommandDef {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command)
    throw new UsageError(
      `「${name}」というコマンドはありません${suggestion(name, [...COMMANDS.map((c) => c.name), 'help', 'version'])}。一覧は shinchoku --help で見られます`,
    );
  return command;
}

async function dispatch(argv: string[], io: CommandIO, logs: { current: Log }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout.write(globalHelp(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === 'help') {
    if (rest.length > 1) throw new UsageError('help に渡せるコマンド名は一つです。例: shinchoku help run');
    io.stdout.write(rest[0] === undefined ? globalHelp(COMMANDS) : commandHelp(commandNamed(rest[0])));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commandNamed(name);
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
    logs.current.warn(
      'signal',
      `${name} を受け取りました。いまの報告書・メールが終わったところで止めます（送った分は記録済みで、やり直しても二重には送りません）`,
      { signal: name },
    );
    controller.abort(new ShinchokuError('ABORTED', `${name} で中断しました。もう一度実行すると、続きから行います`));
  };
  const onMessage = (message: unknown) => {
    if (message === STOP_REQUEST) onSignal('SIGTERM');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Only a child started with an IPC channel (the scheduler's, on Windows) listens; the channel is
  // released again when the listener is removed, so the process still ends when its work does.
  if (process.send) process.on('message', onMessage);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('message', onMessage);
    },
  };
}

export async function runMain(
  argv: string[],
  streams: Pick<CommandIO, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr },
  env = process.env,
): Promise<number> {
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
    log.error(
      'error.internal',
      `予期しないエラーが起きました。これは shinchoku の不具合です。以下を開発担当に伝えてください。\n${(error as Error)?.stack ?? String(error)}`,
    );
    return EXIT.internal;
  } finally {
    signals.dispose();
  }
}
