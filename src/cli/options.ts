// Options several commands share, and the names they document, kept apart from the code that acts
// on them: every command's help is built from these without loading any of its work.
import type { OptionDef } from './command.ts';

export const dataOption = {
  data: { type: 'string', valueName: 'フォルダ', description: '計画データのフォルダ（省略時は環境変数 SHINCHOKU_DATA、それもなければ同梱の seeds/）' },
} as const satisfies Record<string, OptionDef>;

export const outOption = {
  out: { type: 'string', valueName: 'フォルダ', description: '書き出し先（省略時は環境変数 SHINCHOKU_OUT、それもなければ ./output）' },
} as const satisfies Record<string, OptionDef>;
