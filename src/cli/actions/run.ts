// The work of `shinchoku run`, loaded only when the command runs (see commands/run.ts for its options and help).
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runJob } from '../../run/run-job.ts';
import { guarded } from '../../run/guarded.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { guardFor } from '../guard-for.ts';
import { requireDataset } from '../data-option.ts';
import { printRunSummary } from '../run-summary.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { runOptions } from '../commands/run.ts';

export async function run({ options, stdout, log, env, signal }: CommandContext<typeof runOptions>): Promise<number> {
  const year = requireYear(options.year);
  const dir = dataDir(options, env);
  const out = outDir(options, env);
  const dryRun = options['dry-run'] ?? false;
  const { trigger, job } = triggerFrom(env, 'manual');
  const guard = await guardFor(dir, out, log, { command: 'run', trigger, job, year, department: options.department, dryRun });
  const outcome = await guarded(guard, async (tally) => {
    const dataset = await requireDataset(dir, log, '何も作成せず、何も送っていません');
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
  return printRunSummary(outcome, { dryRun, out: stdout, folders: { data: dir, out } });
}
