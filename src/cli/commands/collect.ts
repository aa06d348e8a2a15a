// `shinchoku collect`: its options and help. The work is in actions/collect.ts, loaded only when the command runs.
import { defineCommand, lazyRun, type OptionDef } from '../command.ts';
import { dataOption, outOption } from '../options.ts';

export const collectOptions = {
  year: { type: 'string', valueName: '年度', description: '実績を照会する年度（例: 2024、令和6年度）。必須' },
  department: { type: 'string', valueName: '担当課', description: 'この担当課の分だけ' },
  send: { type: 'boolean', description: '作ったファイルを各担当課にメールで送る' },
  force: { type: 'boolean', description: '--send で、送信済みの課にも送り直す' },
  ...outOption,
  ...dataOption,
} as const satisfies Record<string, OptionDef>;

export const collectCommand = defineCommand({
  name: 'collect',
  summary: '実績照会の Excel ファイルを担当課ごとに作ります（--send でメール送付）',
  description:
    '担当課ごとに、その課が担当する指標（計画・階層・事業・指標名・単位・基準値・その年度の目標値・これまでの実績）の「実績報告」シートと、その年度に担当する事業（工程・予算額）の「事業の実施状況」シートを並べた .xlsx を output/<年度>/<自治体ID>/collect/ に作ります。記入できるのは、指標の実績（数値、定性の指標は状況のリスト）・要因・課題、事業の実施状況・工程の進み・自己評価・課題・今後の方向性・決算額と、備考と記入者だけで、ほかのセルは保護されています。「記入のしかた」シートに提出期限と記入方法を書きます。--send で各課に添付して送ります（配信記録があるので、もう一度実行しても二重には送りません）。返ってきたファイルは shinchoku import で取り込みます。',
  options: collectOptions,
  examples: [
    { command: 'npx shinchoku collect --year 2024', description: '2024年度の実績照会のファイルを全担当課分作ります' },
    { command: 'npx shinchoku collect --year 2024 --send', description: '作って各担当課に送ります' },
  ],
  run: lazyRun(() => import('../actions/collect.ts')),
});
