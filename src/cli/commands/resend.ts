import path from 'node:path';
import { ShinchokuError, UsageError } from '../../errors.ts';
import { loadData } from '../../load/load-data.ts';
import { departmentFullName } from '../../model/municipality.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runJob } from '../../run/run-job.ts';
import { readRunRecord, runDirectory } from '../../run/run-record.ts';
import { guarded } from '../../run/guarded.ts';
import { defineCommand } from '../command.ts';
import { guardFor, outDir, outOption } from '../guard-for.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { printRunSummary } from '../run-summary.ts';

export const resendCommand = defineCommand({
  name: 'resend',
  summary: '過去の実行で失敗した（またはまだ送っていない）担当課にだけ送り直します',
  description:
    '実行ID の実行時に保存したデータから報告書を作り直し、配信記録で送信済みでない課にだけ送ります。宛先は現在のデータの担当課の一覧から取るので、アドレスを直してから送り直せます。',
  options: {
    run: { type: 'string', valueName: '実行ID', description: '送り直す実行（run の結果や output/runs/ にある ID）。必須' },
    department: { type: 'string', valueName: '担当課', description: 'この担当課だけ' },
    force: { type: 'boolean', description: '送信済みの課にも送り直す' },
    ...outOption,
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku resend --run 2024-5517b8f5a735', description: '失敗した課とまだ送っていない課にだけ送ります' },
    { command: 'npx shinchoku resend --run 2024-5517b8f5a735 --department 人事課 --force', description: '1課に送り直します' },
  ],
  async run({ options, stdout, stderr, log, env, signal }) {
    if (!options.run) throw new UsageError('--run で実行IDを指定してください（output/runs/ のフォルダ名です）');
    // A run id is one folder name under output/runs/, never a path out of it.
    if (!/^[\w][\w.-]*$/.test(options.run) || options.run.includes('..')) throw new UsageError(`「${options.run}」は実行IDの形ではありません（例: 2024-5517b8f5a735。output/runs/ のフォルダ名です）`);
    const out = outDir(options);
    const runDir = runDirectory(out, options.run);
    const record = await readRunRecord(runDir);
    if (!record) throw new ShinchokuError('RUN_NOT_FOUND', `実行「${options.run}」の記録が ${runDir} にありません`);
    const current = dataDir(options);
    const guard = await guardFor(current, out, log, { command: 'resend', trigger: 'resend', year: record.year, department: options.department });
    const outcome = await guarded(guard, async (tally) => {
      const snapshotDir = path.join(runDir, 'data');
      const dataset = await loadDatasetOrReport(snapshotDir, stderr);
      if (!dataset) throw new ShinchokuError('INVALID_DATA', `実行時に保存したデータ（${snapshotDir}）に問題があるため、送り直せません`);
      if (dataset.edition !== record.edition) {
        throw new ShinchokuError('SNAPSHOT_CHANGED', `${snapshotDir} の内容が実行時（版 ${record.edition}）から変わっています（いまは版 ${dataset.edition}）。送り直せません`);
      }
      const latest = await loadData(current);
      if (!latest.ok) log.warn('resend.addresses', '注意: 現在のデータに問題があるため、宛先は実行時のデータから取ります');
      const addresses = latest.ok
        ? (municipalityId: string, department: string) =>
            latest.dataset.municipalities.find((m) => m.municipality.id === municipalityId)?.municipality.departments.find((d) => departmentFullName(d) === department)?.emails
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
    return printRunSummary(outcome, false, stdout);
  },
});
