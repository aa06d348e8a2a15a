import { ShinchokuError } from '../../errors.ts';
import { SMTP_URL_VARIABLE } from '../../deliver/transport.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runJob } from '../../run/run-job.ts';
import { guarded } from '../../run/guarded.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { defineCommand } from '../command.ts';
import { guardFor, outDir, outOption } from '../guard-for.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { printRunSummary } from '../run-summary.ts';

export const runCommand = defineCommand({
  name: 'run',
  summary: '検証から報告書の作成、担当課へのメール配信までを一度に行います',
  description: `データを検証し、年次報告書と担当課別の報告書を作成して、各担当課に自課の報告書だけをメールで送ります。データに問題があれば何も送りません。SMTP サーバーは環境変数 ${SMTP_URL_VARIABLE}（smtp:// または smtps://）で指定します。指定がなければ output/outbox/ に .eml ファイルとして保存します。同じデータ・年度でもう一度実行すると、まだ届けていない課にだけ送ります。`,
  options: {
    year: { type: 'string', valueName: '年度', description: '報告する年度（例: 2024、令和6年度）。必須' },
    plan: { type: 'string', valueName: '計画ID', description: 'この計画だけ' },
    department: { type: 'string', valueName: '担当課', description: 'この担当課にだけ送る' },
    'dry-run': { type: 'boolean', description: 'すべて作成し、担当課 → ファイル → 宛先を一覧にするだけで送らない' },
    force: { type: 'boolean', description: '送信済みの課にも送り直す' },
    ...outOption,
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku run --year 2024', description: '2024年度の報告書を作成し、全担当課に配信します' },
    { command: 'npx shinchoku run --year 2024 --dry-run', description: '送らずに、誰に何が送られるかを確かめます' },
    { command: `${SMTP_URL_VARIABLE}=smtps://user:pass@mail.example.jp npx shinchoku run --year 2024 --department 人事課`, description: 'SMTP サーバー経由で1課にだけ送ります' },
  ],
  async run({ options, stdout, stderr, log, env, signal }) {
    const year = requireYear(options.year);
    const dir = dataDir(options);
    const out = outDir(options);
    const dryRun = options['dry-run'] ?? false;
    const { trigger, job } = triggerFrom(env, 'manual');
    const guard = await guardFor(dir, out, log, { command: 'run', trigger, job, year, department: options.department, dryRun });
    const outcome = await guarded(guard, async (tally) => {
      const dataset = await loadDatasetOrReport(dir, stderr);
      if (!dataset) throw new ShinchokuError('INVALID_DATA', 'データに問題があるため、何も作成せず、何も送っていません');
      return runJob({
        dataset,
        outDir: out,
        year,
        plan: options.plan,
        department: options.department,
        dryRun,
        force: options.force ?? false,
        env,
        templates: loadTemplates(dataset.timezone),
        log,
        signal,
        tally,
      });
    });
    return printRunSummary(outcome, dryRun, stdout);
  },
});
