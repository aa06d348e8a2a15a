import { collectJob } from '../../collect/collect-job.ts';
import { EXIT, ShinchokuError } from '../../errors.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { guarded } from '../../run/guarded.ts';
import { requireYear } from '../../run/selection.ts';
import { triggerFrom } from '../../run/trigger.ts';
import { defineCommand } from '../command.ts';
import { dataDir, dataOption, loadDatasetOrReport } from '../data-option.ts';
import { guardFor, outDir, outOption } from '../guard-for.ts';
import { printRunSummary, shown } from '../run-summary.ts';

export const collectCommand = defineCommand({
  name: 'collect',
  summary: '実績照会の Excel ファイルを担当課ごとに作ります（--send でメール送付）',
  description:
    '担当課ごとに、その課が担当する指標（計画・階層・事業・指標名・単位・基準値・その年度の目標値・これまでの実績）の「実績報告」シートと、その年度に担当する事業（工程・予算額）の「事業の実施状況」シートを並べた .xlsx を output/<年度>/<自治体ID>/collect/ に作ります。記入できるのは、指標の実績（数値、定性の指標は状況のリスト）・要因・課題、事業の実施状況・工程の進み・自己評価・課題・今後の方向性・決算額と、備考と記入者だけで、ほかのセルは保護されています。「記入のしかた」シートに提出期限と記入方法を書きます。--send で各課に添付して送ります（配信記録があるので、もう一度実行しても二重には送りません）。返ってきたファイルは shinchoku import で取り込みます。',
  options: {
    year: { type: 'string', valueName: '年度', description: '実績を照会する年度（例: 2024、令和6年度）。必須' },
    department: { type: 'string', valueName: '担当課', description: 'この担当課の分だけ' },
    send: { type: 'boolean', description: '作ったファイルを各担当課にメールで送る' },
    force: { type: 'boolean', description: '--send で、送信済みの課にも送り直す' },
    ...outOption,
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku collect --year 2024', description: '2024年度の実績照会のファイルを全担当課分作ります' },
    { command: 'npx shinchoku collect --year 2024 --send', description: '作って各担当課に送ります' },
  ],
  async run({ options, stdout, stderr, log, env, signal }) {
    const year = requireYear(options.year);
    const dir = dataDir(options);
    const out = outDir(options);
    const send = options.send ?? false;
    const { trigger, job } = triggerFrom(env, 'manual');
    const guard = await guardFor(dir, out, log, { command: 'collect', trigger, job, year, department: options.department, dryRun: !send });
    const outcome = await guarded(guard, async (tally) => {
      const dataset = await loadDatasetOrReport(dir, stderr);
      if (!dataset) throw new ShinchokuError('INVALID_DATA', 'データに問題があるため、何も作っていません');
      return collectJob({ dataset, outDir: out, year, department: options.department, send, force: options.force ?? false, env, templates: loadTemplates(dataset.timezone), log, signal, tally });
    });
    if (send) return printRunSummary(outcome, false, stdout, { label: '担当の指標・事業なし', note: '' });
    stdout.write(`実績照会のファイル: ${outcome.reports.length} 件（送っていません。送るには --send）\n`);
    for (const file of outcome.reports) stdout.write(`  ${shown(file)}\n`);
    for (const who of outcome.nothingToReport) stdout.write(`  担当の指標・事業なし ${who}\n`);
    return EXIT.ok;
  },
});
