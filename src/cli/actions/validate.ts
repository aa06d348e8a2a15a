// The work of `shinchoku validate`, loaded only when the command runs (see commands/validate.ts for its options and help).
import { EXIT } from '../../errors.ts';
import { summarisePlan, type PlanSummary } from '../../load/summary.ts';
import { SCHEDULE_FILE } from '../../load/load-schedule-config.ts';
import { scheduleConfigOrReport } from '../schedule-config-option.ts';
import { dataDir, loadDatasetOrReport } from '../data-option.ts';
import type { CommandContext } from '../command.ts';
import type { validateOptions } from '../commands/validate.ts';

function formatSummary(s: PlanSummary): string[] {
  const levels = s.levels.map((l) => `${l.name} ${l.count}`).join('・');
  const byYear = s.projectsByYear.map((y) => `${y.fiscalYear}年度の実施 ${y.count}`).join('、');
  const lines = [`  ${s.title} [${s.id}] ${s.period.first}〜${s.period.last}年度`, `    階層: ${levels}`];
  if (s.projectLevel) lines.push(`    ${s.projectLevel}: ${s.projects}${byYear ? `（うち${byYear}）` : ''}`);
  lines.push(
    `    指標: ${s.indicators.total}（数値 ${s.indicators.quantitative}・定性 ${s.indicators.qualitative}）  目標値: ${s.targets}  実績値: ${s.actuals}`,
  );
  return lines;
}

export async function run({ options, stdout }: CommandContext<typeof validateOptions>): Promise<number> {
  const dir = dataDir(options);
  const dataset = await loadDatasetOrReport(dir, stdout);
  if (!dataset) return EXIT.failure;
  const schedule = await scheduleConfigOrReport(dir, stdout, false);
  const plans = dataset.municipalities.reduce((n, m) => n + m.plans.length, 0);
  const lines = [`検証しました。問題はありません（${plans} 計画、データ版 ${dataset.edition}、フォルダ: ${dir}）`];
  for (const m of dataset.municipalities) {
    lines.push('', `${m.municipality.name}（担当課 ${m.municipality.departments.length}）`);
    for (const plan of m.plans) lines.push(...formatSummary(summarisePlan(plan)));
  }
  if (schedule) lines.push('', `定期実行（${SCHEDULE_FILE}）: ${schedule.jobs.map((j) => `${j.name}（${j.command}、"${j.cron}"）`).join('、')}`);
  stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
