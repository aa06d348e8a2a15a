import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { EXIT, ShinchokuError } from '../../errors.ts';
import { loadRunSettings } from '../../load/load-run-settings.ts';
import { createLog } from '../../log.ts';
import { loadTemplates } from '../../render/templates/template-set.ts';
import { runDaemon } from '../../schedule/daemon.ts';
import { defineCommand } from '../command.ts';
import { dataDir, dataOption } from '../data-option.ts';
import { outDir, outOption } from '../guard-for.ts';
import { scheduleConfigOrReport } from '../schedule-config-option.ts';

/** Opens the log for appending, or says in Japanese why it cannot. */
async function openLogFile(file: string): Promise<WriteStream> {
  let stream: WriteStream;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    stream = createWriteStream(file, { flags: 'a' });
    await once(stream, 'open');
  } catch (error) {
    throw new ShinchokuError('LOG_FILE', `記録のファイル ${file} を開けません（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  // A full disk later must not end the scheduler: say so once on stderr and keep running.
  stream.once('error', (error) => process.stderr.write(`記録のファイル ${file} に書けません（${(error as NodeJS.ErrnoException).code ?? error.message}）\n`));
  return stream;
}

export const scheduleCommand = defineCommand({
  name: 'schedule',
  summary: '常駐して、schedule.yaml の予定どおりに run・collect・remind を実行します',
  description:
    'データのフォルダの schedule.yaml に書いた予定（cron 形式、タイムゾーンは shinchoku.yaml の timezone、既定は Asia/Tokyo）で、年次の run（終わった直近の年度）、実績照会の collect --send、未報告の課への remind を実行します。休日に当たる予定は onClosedDay: next-business-day で翌開庁日に移せます。止まっている間に過ぎた予定は、起動時に1回だけ実行します。同じ出力フォルダで run が動いている間は待ちます。SIGTERM・SIGINT で、実行中の処理を安全なところで止めて終了します。失敗した実行は adminEmails に知らせます。記録は1行1件の JSON で、標準エラー出力か --log-file に書きます。',
  options: {
    'log-file': { type: 'string', valueName: 'ファイル', description: '記録（JSON Lines）をこのファイルに追記する（省略時は標準エラー出力）' },
    ...outOption,
    ...dataOption,
  },
  examples: [
    { command: 'npx shinchoku schedule --data ./data', description: './data/schedule.yaml の予定で常駐します' },
    { command: 'npx shinchoku schedule --data ./data --log-file /var/log/shinchoku.jsonl', description: '記録をファイルに書きます' },
  ],
  jsonLog: true,
  async run({ options, stderr, log, env, signal }) {
    const dir = dataDir(options);
    const config = (await scheduleConfigOrReport(dir, stderr, true))!;
    const file = options['log-file'] ? path.resolve(options['log-file']) : undefined;
    const stream = file ? await openLogFile(file) : undefined;
    const sink = stream ?? stderr;
    const settings = await loadRunSettings(dir);
    try {
      await runDaemon({
        config,
        dataDir: dir,
        outDir: outDir(options),
        env,
        log: stream ? createLog(stream, 'json') : log,
        forward: (event) => sink.write(`${JSON.stringify(event)}\n`),
        signal,
        templates: loadTemplates(settings.timezone),
        mail: settings.mail,
        timezone: settings.timezone,
      });
    } finally {
      if (stream) {
        stream.end();
        await finished(stream);
      }
    }
    return EXIT.ok;
  },
});
