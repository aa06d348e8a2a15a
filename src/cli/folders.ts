// Where a command reads the data and writes its output: the option, else the environment variable,
// else the default. Resolved once per command; hints printed afterwards repeat what was used, so a
// copied hint works in a shell that has neither the options nor the variables.
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

/** The seeds bundled with the package: read when no data folder is named, never written. */
export const BUNDLED_SEEDS = path.join(PACKAGE_ROOT, 'seeds');
export const DATA_VARIABLE = 'SHINCHOKU_DATA';
export const OUT_VARIABLE = 'SHINCHOKU_OUT';

type Env = NodeJS.ProcessEnv;

function named(option: string | undefined, env: Env, variable: string): string | undefined {
  const value = option ?? env[variable];
  return value ? path.resolve(value) : undefined;
}

/** The data folder named by --data or SHINCHOKU_DATA, if any. */
export const namedDataDir = (options: { data?: string }, env: Env): string | undefined => named(options.data, env, DATA_VARIABLE);

export function dataDir(options: { data?: string }, env: Env): string {
  return namedDataDir(options, env) ?? BUNDLED_SEEDS;
}

/**
 * The data folder of a command that writes into it. The bundled seeds are never a default here:
 * after a global install they sit inside the package and would be lost on the next upgrade.
 */
export function writableDataDir(options: { data?: string }, env: Env, command: string): string {
  const dir = namedDataDir(options, env);
  if (!dir) {
    throw new UsageError(
      `${command} はデータのフォルダに書き込むため、--data で（または環境変数 ${DATA_VARIABLE} で）フォルダを指定してください。` +
        `同梱の seeds/ には書き込みません（インストールの中にあり、更新で消えます）。新しいフォルダは shinchoku init で作れます`,
    );
  }
  return dir;
}

export function outDir(options: { out?: string }, env: Env): string {
  return named(options.out, env, OUT_VARIABLE) ?? path.resolve('output');
}

/** `--data … --out …` for a printed command: the folders this command used, always spelt out. */
export function folderArgs(folders: { data: string; out: string }): string[] {
  return ['--data', folders.data, '--out', folders.out];
}
