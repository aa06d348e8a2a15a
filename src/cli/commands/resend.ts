// `shinchoku resend`: its options and help. The work is in actions/resend.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const resendOptions = {
  run: { type: 'string', valueName: '実行ID', description: '送り直す実行（run の結果や output/runs/ にある ID）。必須' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課だけ' },
  force: { type: 'boolean', description: '送信済みの課にも送り直す' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const resendCommand = defineCommand({
  name: 'resend',
  summary: '過去の実行で失敗した（またはまだ送っていない）担当課にだけ送り直します',
  options: resendOptions,
  examples: [
    { command: 'npx shinchoku resend --run 2024-5517b8f5a735', description: '失敗した課とまだ送っていない課にだけ送ります' },
    { command: 'npx shinchoku resend --run 2024-5517b8f5a735 --department 人事課 --force', description: '1課に送り直します' },
  ],
  run: lazyRun(() => import('../actions/resend.ts')),
});
