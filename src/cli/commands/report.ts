// `shinchoku report`: its options and help. The work is in actions/report.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption } from '../options.ts';

export const reportOptions = {
  year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
  plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
  out: { type: 'string', valueName: 'フォルダ', description: '書き出し先（省略時は ./output）' },
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const reportCommand = defineCommand({
  name: 'report',
  summary: '計画ごとの年次進捗報告書（PDF）を作成します',
  options: reportOptions,
  examples: [
    { command: 'npx shinchoku report --year 2024', description: '全計画の2024年度の報告書を作成します' },
    { command: 'npx shinchoku report --year 令和6年度 --plan kyodo', description: '1計画だけ作成します' },
  ],
  run: lazyRun(() => import('../actions/report.ts')),
});
