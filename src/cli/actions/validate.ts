// The work of `shinchoku validate`, loaded only when the command runs (see commands/validate.ts for its options and help).
import { EXIT } from '../../errors.ts';
import { createLog } from '../../log.ts';
import { loadData } from '../../load/load-data.ts';
import { loadScheduleConfig, SCHEDULE_FILE } from '../../load/load-schedule-config.ts';
import { sortProblems, type Problem } from '../../load/problem.ts';
import { summarisePlan, type PlanSummary } from '../../load/summary.ts';
import { scheduleConfigOrLog } from '../schedule-config-option.ts';
import { listProblems } from '../data-option.ts';
import { dataDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { validateOptions } from '../commands/validate.ts';

export const VALIDATION_JSON_FORMAT = 'shinchoku-validation/1';

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

/** Every problem of the data and of schedule.yaml, with what loaded, for scripts: the exit code says the same. */
async function validationJson(dir: string) {
  const data = await loadData(dir);
  const schedule = await loadScheduleConfig(dir);
  const problems: Problem[] = sortProblems([...(data.ok ? [] : data.problems), ...(schedule.ok ? [] : schedule.problems)]);
  return {
    format: VALIDATION_JSON_FORMAT,
    ok: problems.length === 0,
    dataDir: dir,
    edition: data.ok ? data.dataset.edition : null,
    problems: problems.map((p) => ({ code: p.code, file: p.file, line: p.line ?? null, where: p.where ?? null, message: p.message })),
    municipalities: data.ok
      ? data.dataset.municipalities.map((m) => ({
          id: m.municipality.id,
          name: m.municipality.name,
          departments: m.municipality.departments.length,
          plans: m.plans.map(summarisePlan),
        }))
      : [],
    schedule: schedule.ok && schedule.config ? { jobs: schedule.config.jobs.map((j) => ({ name: j.name, command: j.command, cron: j.cron })) } : null,
  };
}

export async function run({ options, stdout, env }: CommandContext<typeof validateOptions>): Promise<number> {
  const dir = dataDir(options, env);
  if (options.json) {
    const report = await validationJson(dir);
    stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? EXIT.ok : EXIT.failure;
  }
  const loaded = await loadData(dir);
  if (!loaded.ok) {
    listProblems(loaded.problems, dir, stdout);
    return EXIT.failure;
  }
  const { dataset } = loaded;
  const schedule = await scheduleConfigOrLog(dir, createLog(stdout, 'text'), false);
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
