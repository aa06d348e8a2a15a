// The work of `shinchoku resend`, loaded only when the command runs (see commands/resend.ts for its options and help).
import path from 'node:path';
import { ShinchokuError, UsageError } from '../../errors.ts';
import { loadData } from '../../load/load-data.ts';
import { departmentFullName } from '../../model/department-name.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runJob } from '../../run/run-job.ts';
import { readRunRecord, runDirectory } from '../../run/run-record.ts';
import { guarded } from '../../run/guarded.ts';
import { guardFor } from '../guard-for.ts';
import { loadDatasetOrLog } from '../data-option.ts';
import { printRunSummary } from '../run-summary.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { resendOptions } from '../commands/resend.ts';

export async function run({ options, stdout, log, env, signal }: CommandContext<typeof resendOptions>): Promise<number> {
  if (!options.run) throw new UsageError('--run で実行IDを指定してください（output/runs/ のフォルダ名です）');
  // A run id is one folder name under output/runs/, never a path out of it.
  if (!/^[\w][\w.-]*$/.test(options.run) || options.run.includes('..'))
    throw new UsageError(`「${options.run}」は実行IDの形ではありません（例: 2024-5517b8f5a735。output/runs/ のフォルダ名です）`);
  const out = outDir(options, env);
  const runDir = runDirectory(out, options.run);
  const record = await readRunRecord(runDir);
  if (!record) throw new ShinchokuError('RUN_NOT_FOUND', `実行「${options.run}」の記録が ${runDir} にありません`);
  const current = dataDir(options, env);
  const guard = await guardFor(current, out, log, { command: 'resend', trigger: 'resend', year: record.year, department: options.department });
  const outcome = await guarded(guard, async (tally) => {
    const snapshotDir = path.join(runDir, 'data');
    const dataset = await loadDatasetOrLog(snapshotDir, log);
    if (!dataset) throw new ShinchokuError('INVALID_DATA', `実行時に保存したデータ（${snapshotDir}）に問題があるため、送り直せません`);
    if (dataset.edition !== record.edition) {
      throw new ShinchokuError(
        'SNAPSHOT_CHANGED',
        `${snapshotDir} の内容が実行時（版 ${record.edition}）から変わっています（いまは版 ${dataset.edition}）。送り直せません`,
      );
    }
    const latest = await loadData(current);
    if (!latest.ok) log.warn('resend.addresses', '注意: 現在のデータに問題があるため、宛先は実行時のデータから取ります');
    const addresses = latest.ok
      ? (municipalityId: string, department: string) =>
          latest.dataset.municipalities
            .find((m) => m.municipality.id === municipalityId)
            ?.municipality.departments.find((d) => departmentFullName(d) === department)?.emails
      : undefined;
    return runJob({
      dataset,
      outDir: out,
      year: record.year,
      plan: record.plan,
      department: options.department,
      dryRun: false,
      force: options.force ?? false,
      env,
      templates: loadTemplates(dataset.timezone),
      addresses,
      log,
      signal,
      tally,
    });
  });
  return printRunSummary(outcome, { dryRun: false, out: stdout, folders: { data: current, out } });
}
