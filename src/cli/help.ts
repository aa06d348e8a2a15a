import { readFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { PACKAGE_ROOT } from '../package-root.ts';
import { exitCodeLine } from '../error-codes.ts';
import type { CommandDef, OptionDef } from './command.ts';

const GLOBAL_OPTIONS: Record<string, OptionDef> = {
  help: { type: 'boolean', short: 'h', description: 'ヘルプを表示します' },
  version: { type: 'boolean', short: 'V', description: 'バージョンを表示します（shinchoku version も同じ）' },
};

function optionLines(options: Record<string, OptionDef>): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.valueName ?? '値'}>` : ''}`;
    return [flag, o.description] as const;
  });
  // Placeholders are Japanese (<フォルダ>): pad by display width, not by characters.
  const width = Math.max(...rows.map(([f]) => stringWidth(f)));
  return rows.map(([f, d]) => `  ${f}${' '.repeat(width - stringWidth(f))}  ${d}`);
}

export function globalHelp(commands: readonly CommandDef[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'shinchoku（進捗）— 自治体の計画データから年次進捗報告書を作り、担当課へ届けます',
    '',
    '使い方: shinchoku <コマンド> [オプション]',
    '',
    'コマンド:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'オプション:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    '例:',
    ...commands.flatMap((c) => c.examples.slice(0, 1)).map((e) => `  ${e.command}`),
    '',
    'コマンドごとの説明: shinchoku help <コマンド>（shinchoku <コマンド> --help も同じ）',
    exitCodeLine(),
    '',
  ].join('\n');
}

/** A command's longer explanation, kept as text beside the templates rather than in the code. */
function description(name: string): string[] {
  try {
    return ['', readFileSync(path.join(PACKAGE_ROOT, 'templates', 'help', `${name}.txt`), 'utf8').trimEnd()];
  } catch {
    return [];
  }
}

export function commandHelp(command: CommandDef): string {
  return [
    `shinchoku ${command.name} — ${command.summary}`,
    ...description(command.name),
    '',
    `使い方: shinchoku ${command.name}${command.positionals ? ` ${command.positionals}` : ''} [オプション]`,
    '',
    'オプション:',
    ...optionLines({ ...command.options, help: GLOBAL_OPTIONS.help! }),
    '',
    '例:',
    ...command.examples.flatMap((e) => [`  ${e.command}`, `      ${e.description}`]),
    '',
    exitCodeLine(),
    '',
  ].join('\n');
}
