import { ShinchokuError } from '../../errors.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { guarded } from '../../run/guarded.ts';
import { remindJob } from '../../run/remind-job.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { defineCommand } from '../command.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { guardFor, outDir, outOption } from '../guard-for.ts';
import { printRunSummary } from '../run-summary.ts';

export const remindCommand = defineCommand({
  name: 'remind',
  summary: 'その年度の実績が未報告の指標がある担当課に、一覧をメールでお願いします',
  description:
    '担当課ごとに、その年度の実績がまだ報告されていない指標（計画・番号・名称・目標値・最新の実績）を一覧にして送ります。未報告がない課には送りません。同じ月にもう一度実行しても、送信済みの課には送りません（翌月はまた送ります）。提出期限は shinchoku.yaml の actualsDue から書きます。',
  options: {
    year: { type: 'string', valueName: '年度', description: '実績をお願いする年度（例: 2024、令和6年度）。必須' },
    department: { type: 'string', valueName: '担当課', description: 'この担当課にだけ送る' },
    'dry-run': { type: 'boolean', description: '送らずに、どの課に何件お願いするかを一覧にする' },
    force: { type: 'boolean', description: '今月すでに送った課にも送り直す' },
    ...outOption,
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku remind --year 2024 --dry-run', description: '2024年度の実績が未報告の課と件数を確かめます' },
    { command: 'npx shinchoku remind --year 2024', description: '未報告のある課に督促のメールを送ります' },
  ],
  async run({ options, stdout, stderr, log, env, signal }) {
    const year = requireYear(options.year);
    const dir = dataDir(options);
    const out = outDir(options);
    const dryRun = options['dry-run'] ?? false;
    const { trigger, job } = triggerFrom(env, 'manual');
    const guard = await guardFor(dir, out, log, { command: 'remind', trigger, job, year, department: options.department, dryRun });
    const outcome = await guarded(guard, async (tally) => {
      const dataset = await loadDatasetOrReport(dir, stderr);
      if (!dataset) throw new ShinchokuError('INVALID_DATA', 'データに問題があるため、何も送っていません');
      return remindJob({ dataset, outDir: out, year, department: options.department, dryRun, force: options.force ?? false, env, templates: loadTemplates(dataset.timezone), log, now: new Date(), signal, tally });
    });
    return printRunSummary(outcome, dryRun, stdout, { label: '未報告なし', note: '' });
  },
});
