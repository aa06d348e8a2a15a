// `shinchoku run`: its options and help. The work is in actions/run.ts, loaded only when the command runs.
import { SMTP_URL_VARIABLE } from '../../deliver/smtp-url-variable.ts';
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const runOptions = {
  year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
  plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課にだけ送る' },
  'dry-run': { type: 'boolean', description: 'すべて作成し、担当課 → ファイル → 宛先を一覧にするだけで送らない' },
  force: { type: 'boolean', description: '送信済みの課にも送り直す' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const runCommand = defineCommand({
  name: 'run',
  summary: '検証から報告書の作成、担当課へのメール配信までを一度に行います',
  options: runOptions,
  examples: [
    { command: 'npx shinchoku run --year 2024', description: '2024年度の報告書を作成し、全担当課に配信します' },
    { command: 'npx shinchoku run --year 2024 --dry-run', description: '送らずに、誰に何が送られるかを確かめます' },
    {
      command: `${SMTP_URL_VARIABLE}=smtps://user:pass@mail.example.jp npx shinchoku run --year 2024 --department 人事課`,
      description: 'SMTP サーバー経由で1課にだけ送ります',
    },
  ],
  run: lazyRun(() => import('../actions/run.ts')),
});
