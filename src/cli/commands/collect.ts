// `shinchoku collect`: its options and help. The work is in actions/collect.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const collectOptions = {
  year: { type: 'string', valueName: '年度', description: '実績を照会する年度（例: 2024、令和6年度）。必須' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課の分だけ' },
  send: { type: 'boolean', description: '作ったファイルを各担当課にメールで送る' },
  force: { type: 'boolean', description: '--send で、送信済みの課にも送り直す' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const collectCommand = defineCommand({
  name: 'collect',
  summary: '実績照会の Excel ファイルを担当課ごとに作ります（--send でメール送付）',
  options: collectOptions,
  examples: [
    { command: 'npx shinchoku collect --year 2024', description: '2024年度の実績照会のファイルを全担当課分作ります' },
    { command: 'npx shinchoku collect --year 2024 --send', description: '作って各担当課に送ります' },
  ],
  run: lazyRun(() => import('../actions/collect.ts')),
});
