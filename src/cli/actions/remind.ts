// The work of `shinchoku remind`, loaded only when the command runs (see commands/remind.ts for its options and help).
import { loadTemplates } from '../../render/templates/template-set.ts';
import { guarded } from '../../run/guarded.ts';
import { remindJob } from '../../run/remind-job.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { requireDataset } from '../data-option.ts';
import { guardFor } from '../guard-for.ts';
import { printRunSummary } from '../run-summary.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { remindOptions } from '../commands/remind.ts';

export async function run({ options, stdout, log, env, signal }: CommandContext<typeof remindOptions>): Promise<number> {
  const year = requireYear(options.year);
  const dir = dataDir(options, env);
  const out = outDir(options, env);
  const dryRun = options['dry-run'] ?? false;
  const { trigger, job } = triggerFrom(env, 'manual');
  const guard = await guardFor(dir, out, log, { command: 'remind', trigger, job, year, department: options.department, dryRun });
  const outcome = await guarded(guard, async (tally) => {
    const dataset = await requireDataset(dir, log, '何も送っていません');
    return remindJob({
      dataset,
      outDir: out,
      year,
      department: options.department,
      dryRun,
      force: options.force ?? false,
      env,
      templates: loadTemplates(dataset.timezone),
      log,
      now: new Date(),
      signal,
      tally,
    });
  });
  return printRunSummary(outcome, { dryRun, out: stdout, folders: { data: dir, out }, nothing: { label: '未報告なし', note: '' } });
}
