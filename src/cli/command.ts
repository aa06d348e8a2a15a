import type { Writable } from 'node:stream';
import type { Log } from '../log.ts';

export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help: --data <フォルダ>. */
  valueName?: string;
  description: string;
}

export interface CommandIO {
  stdout: Writable;
  stderr: Writable;
  /** Events and progress, on stderr: Japanese lines, or JSON lines when the scheduler runs it. */
  log: Log;
  env: NodeJS.ProcessEnv;
  /** Aborted by SIGINT or SIGTERM: long work stops at its next safe point. */
  signal: AbortSignal;
}

export interface CommandContext<O extends Record<string, OptionDef>> extends CommandIO {
  options: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

export interface CommandDef<O extends Record<string, OptionDef> = Record<string, OptionDef>> {
  name: string;
  /** One line for the command list. */
  /** The longer explanation is templates/help/<name>.txt. */
  summary: string;
  /** Positional arguments as shown in the usage line, e.g. "FILE…"; none when absent. */
  positionals?: string;
  options: O;
  examples: Array<{ command: string; description: string }>;
  /** Logs JSON lines even on a terminal: a long-lived process read by machines. */
  jsonLog?: boolean;
  /** Returns the exit code. */
  run(context: CommandContext<O>): Promise<number>;
}

/** Keeps the option types of one command tied to its run function. */
export function defineCommand<O extends Record<string, OptionDef>>(def: CommandDef<O>): CommandDef<O> {
  return def;
}

/**
 * A command's work, loaded when it runs (its libraries stay out of --help and of other commands).
 * A stop asked for while it loads is honoured before any work starts.
 */
export function lazyRun<O extends Record<string, OptionDef>>(
  load: () => Promise<{ run(context: CommandContext<O>): Promise<number> }>,
): (context: CommandContext<O>) => Promise<number> {
  return async (context) => {
    const work = await load();
    context.signal.throwIfAborted();
    return work.run(context);
  };
}
