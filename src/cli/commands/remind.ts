// `shinchoku remind`: its options and help. The work is in actions/remind.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const remindOptions = {
  year: { type: 'string', valueName: '年度', description: '実績をお願いする年度（例: 2024、令和6年度）。必須' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課にだけ送る' },
  'dry-run': { type: 'boolean', description: '送らずに、どの課に何件お願いするかを一覧にする' },
  force: { type: 'boolean', description: '今月すでに送った課にも送り直す' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const remindCommand = defineCommand({
  name: 'remind',
  summary: 'その年度の実績が未報告の指標がある担当課に、一覧をメールでお願いします',
  options: remindOptions,
  examples: [
    { command: 'npx shinchoku remind --year 2024 --dry-run', description: '2024年度の実績が未報告の課と件数を確かめます' },
    { command: 'npx shinchoku remind --year 2024', description: '未報告のある課に督促のメールを送ります' },
  ],
  run: lazyRun(() => import('../actions/remind.ts')),
});
