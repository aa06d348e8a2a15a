// The work of `shinchoku collect`, loaded only when the command runs (see commands/collect.ts for its options and help).
import { collectJob } from '../../collect/collect-job.ts';
import { EXIT } from '../../errors.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { guarded } from '../../run/guarded.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { requireDataset } from '../data-option.ts';
import { guardFor } from '../guard-for.ts';
import { printRunSummary, shown } from '../run-summary.ts';
import { dataDir, outDir } from '../folders.ts';
import type { CommandContext } from '../command.ts';
import type { collectOptions } from '../commands/collect.ts';

export async function run({ options, stdout, log, env, signal }: CommandContext<typeof collectOptions>): Promise<number> {
  const year = requireYear(options.year);
  const dir = dataDir(options, env);
  const out = outDir(options, env);
  const send = options.send ?? false;
  const { trigger, job } = triggerFrom(env, 'manual');
  const guard = await guardFor(dir, out, log, { command: 'collect', trigger, job, year, department: options.department, dryRun: !send });
  const outcome = await guarded(guard, async (tally) => {
    const dataset = await requireDataset(dir, log, '何も作っていません');
    return collectJob({
      dataset,
      outDir: out,
      year,
      department: options.department,
      send,
      force: options.force ?? false,
      env,
      templates: loadTemplates(dataset.timezone),
      log,
      signal,
      tally,
    });
  });
  if (send) return printRunSummary(outcome, { dryRun: false, out: stdout, folders: { data: dir, out }, nothing: { label: '担当の指標・事業なし', note: '' } });
  stdout.write(`実績照会のファイル: ${outcome.reports.length} 件（送っていません。送るには --send）\n`);
  for (const file of outcome.reports) stdout.write(`  ${shown(file)}\n`);
  for (const who of outcome.nothingToReport) stdout.write(`  担当の指標・事業なし ${who}\n`);
  return EXIT.ok;
}
