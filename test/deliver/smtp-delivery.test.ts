import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/load-data.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { runJob, type RunRequest } from '../../src/run/run-job.ts';
import { ADDRESSES, mailFixture, municipalityYaml, SETTINGS } from '../helpers/mail-fixture.ts';
import { readPdf, squash } from '../helpers/pdf.ts';
import { memoryLog } from '../helpers/log.ts';
import { rejection, startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import ExcelJS from 'exceljs';
import { ACTUALS, MUNICIPALITY } from '../helpers/fixture.ts';

const pdfText = async (bytes: Uint8Array) => squash((await readPdf(bytes)).pages.map((p) => p.text).join(''));

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function setUp(reply?: Parameters<typeof startSmtp>[0], files: Record<string, string | null> = {}) {
  const smtp = await startSmtp(reply);
  const dataDir = await mailFixture(files);
  const outDir = path.join(tmpdir(), `shinchoku-out-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => smtp.close(),
    () => rm(dataDir, { recursive: true }),
    () => rm(outDir, { recursive: true, force: true }),
  );
  const loaded = await loadData(dataDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const logs = memoryLog();
  const run = (extra: Partial<RunRequest> = {}) =>
    runJob({
      dataset: loaded.dataset,
      outDir,
      year: 2024,
      dryRun: false,
      force: false,
      env: { SHINCHOKU_SMTP_URL: smtp.url('shinchoku', 'himitsu-pass') },
      templates: loadTemplates('Asia/Tokyo'),
      log: logs.log,
      ...extra,
    });
  return { smtp, outDir, run, logs };
}

const to = (smtp: TestSmtp, address: string) => smtp.received.filter((r) => r.envelopeTo.includes(address));

describe('mail to departments through a real SMTP server', () => {
  it('gives each department exactly its own PDF and nothing else', async () => {
    const { smtp, run } = await setUp();
    const outcome = await run();
    expect(outcome.deliveries.map((d) => d.outcome.status)).toEqual(['sent', 'sent']);
    expect(smtp.received).toHaveLength(2);

    const [jinji] = to(smtp, ADDRESSES.jinji);
    expect(jinji!.envelopeTo).toEqual([ADDRESSES.jinji]);
    expect(jinji!.mail.attachments).toHaveLength(1);
    const jinjiPdf = await pdfText(jinji!.mail.attachments[0]!.content);
    expect(jinjiPdf).toContain('研修参加者数');

    const [gomi] = to(smtp, ADDRESSES.gomi[0]);
    expect(gomi!.envelopeTo.sort()).toEqual([...ADDRESSES.gomi].sort());
    const gomiText = await pdfText(gomi!.mail.attachments[0]!.content);
    // 5R推進課 shares project 2 but answers for no indicator: 人事課's figures are not in its PDF.
    expect(gomiText).toContain('人材育成推進事業（再掲）');
    expect(gomiText).not.toContain('研修参加者数');
    expect(gomi!.mail.text).not.toContain('人事課');
    expect(gomi!.mail.headers.get('to')).toBeDefined();
    expect(JSON.stringify(gomi!.mail.to)).not.toContain(ADDRESSES.jinji);
  });

  it('decodes the Japanese subject and attachment name', async () => {
    const { smtp, run } = await setUp();
    await run();
    const [jinji] = to(smtp, ADDRESSES.jinji);
    expect(jinji!.mail.subject).toBe('【テスト市】令和6年度（2024年度） 進捗状況のお知らせ（総務部人事課）');
    expect(jinji!.mail.attachments[0]!.filename).toBe('令和6年度_進捗状況_総務部人事課.pdf');
    expect(jinji!.mail.attachments[0]!.contentType).toBe('application/pdf');
    expect(jinji!.mail.from?.value[0]).toEqual({ name: 'テスト市 行政経営課', address: 'shinchoku@testcity.lg.jp' });
  });

  it('signs each mail with the configured contact and sends replies to its address', async () => {
    const contact = `    contact:
      department: 総務部 行政経営課
      section: 行政改革係
      phone: 000-000-0000（内線 1234）
      email: gyosei@testcity.lg.jp
`;
    const { smtp, run } = await setUp(undefined, { 'shinchoku.yaml': `${SETTINGS}${contact}` });
    await run();
    const [jinji] = to(smtp, ADDRESSES.jinji);
    expect(jinji!.mail.from?.value[0]).toEqual({ name: 'テスト市 行政経営課', address: 'shinchoku@testcity.lg.jp' });
    expect(jinji!.mail.replyTo?.value[0]?.address).toBe('gyosei@testcity.lg.jp');
    expect(jinji!.mail.text).toContain('--\nテスト市 総務部 行政経営課 行政改革係\n電話 000-000-0000（内線 1234）\nメール gyosei@testcity.lg.jp\n');
    // The department's PDF names the same contact.
    expect(await pdfText(jinji!.mail.attachments[0]!.content)).toContain(
      '問い合わせ先：テスト市総務部行政経営課行政改革係電話000-000-0000（内線1234）メールgyosei@testcity.lg.jp',
    );
  });

  it('refuses to send over SMTP with no sender configured, before building anything', async () => {
    const { smtp, run, outDir } = await setUp(undefined, { 'shinchoku.yaml': 'municipalities:\n  testcity:\n    actualsDue: { month: 6, day: 30 }\n' });
    await expect(run()).rejects.toMatchObject({ code: 'SENDER_PLACEHOLDER', message: expect.stringContaining('shinchoku.yaml の mail.from') });
    expect(smtp.attempts).toHaveLength(0);
    await expect(readFile(path.join(outDir, '2024', 'testcity', 'departments', '総務部人事課.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to send over SMTP when replies would go to a placeholder address', async () => {
    const contact = '    contact: { department: 行政経営課, email: { address: gyosei@testcity.example.jp, placeholder: true } }\n';
    const { smtp, run } = await setUp(undefined, { 'shinchoku.yaml': `${SETTINGS}${contact}` });
    await expect(run()).rejects.toMatchObject({ code: 'SENDER_PLACEHOLDER', message: expect.stringContaining('gyosei@testcity.example.jp') });
    expect(smtp.attempts).toHaveLength(0);
  });

  it('writes to the outbox with no sender and no deadline configured, telling the admin rather than the departments', async () => {
    const { run, logs, outDir } = await setUp(undefined, { 'shinchoku.yaml': 'timezone: Asia/Tokyo\n' });
    const outcome = await run({ env: {} });
    expect(outcome.deliveries.map((d) => d.outcome.status)).toEqual(['sent', 'sent']);
    expect(logs.text()).toContain('メールの送信者（shinchoku.yaml の mail.from）が設定されていないか、仮のアドレス');
    expect(logs.text()).toContain('テスト市の実績の提出期限が設定されていません');
    const pdf = await pdfText(await readFile(path.join(outDir, '2024', 'testcity', 'departments', '総務部人事課.pdf')));
    expect(pdf).not.toContain('設定されていません');
    expect(outcome.planned[0]!.mail.text).not.toMatch(/期限/);
  });

  it('attaches the 実績照会 workbook and says how to return it when actuals are due', async () => {
    const { smtp, run } = await setUp(undefined, { [ACTUALS]: null });
    await run();
    const [jinji] = to(smtp, ADDRESSES.jinji);
    expect(jinji!.mail.attachments.map((a) => a.filename)).toEqual(['令和6年度_進捗状況_総務部人事課.pdf', '令和6年度_実績照会_総務部人事課.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(jinji!.mail.attachments[1]!.content as unknown as ArrayBuffer);
    const names: string[] = [];
    wb.getWorksheet('実績報告')!.eachRow((row) => row.eachCell((c) => names.push(String(c.value))));
    expect(names).toContain('研修参加者数');
    expect(jinji!.mail.text).toContain(
      '添付の Excel ファイル（令和6年度_実績照会_総務部人事課.xlsx）の「実績報告」シートの黄色のセルに記入し、このメールへの返信で返送してください。',
    );
    // 5R推進課 answers for no indicator: nothing to fill in.
    const [gomi] = to(smtp, ADDRESSES.gomi[0]);
    expect(gomi!.mail.attachments).toHaveLength(1);
  });

  it('retries a 4xx reply and then succeeds, once per department', async () => {
    const { smtp, run } = await setUp(({ index }) => (index === 0 ? rejection(451, '4.3.0 Try again later') : undefined));
    const outcome = await run();
    expect(outcome.deliveries.map((d) => d.outcome)).toMatchObject([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 1 },
    ]);
    expect(smtp.attempts).toHaveLength(3);
    expect(smtp.received).toHaveLength(2);
  });

  it('records a 5xx reply with the server text and does not retry it', async () => {
    const { smtp, run, outDir } = await setUp(({ to: rcpt }) => (rcpt.includes(ADDRESSES.jinji) ? rejection(550, '5.1.1 Mailbox unavailable') : undefined));
    const outcome = await run();
    const jinji = outcome.deliveries.find((d) => d.item.department === '総務部人事課')!;
    expect(jinji.outcome).toMatchObject({ status: 'failed', attempts: 1 });
    expect(smtp.attempts.filter((a) => a.includes(ADDRESSES.jinji))).toHaveLength(1);
    const ledger = await readFile(path.join(outDir, 'runs', outcome.runId, 'ledger.jsonl'), 'utf8');
    const failed = ledger
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((e) => e.event === 'failed');
    expect(failed).toMatchObject({ department: '総務部人事課', attempts: 1 });
    expect(failed.reply).toContain('5.1.1 Mailbox unavailable');
  });

  it('sends nothing again when the same run is repeated, and everything with --force', async () => {
    const { smtp, run } = await setUp();
    await run();
    const again = await run();
    expect(again.deliveries.map((d) => d.outcome.status)).toEqual(['skipped', 'skipped']);
    expect(smtp.received).toHaveLength(2);
    await run({ force: true });
    expect(smtp.received).toHaveLength(4);
  });

  it('reports a department without an address as failed, and a PDF over the size limit as not sent', async () => {
    const { smtp, run } = await setUp(undefined, {
      [MUNICIPALITY]: municipalityYaml('[]'),
      'shinchoku.yaml': SETTINGS.replace('attempts: 3', 'attempts: 3\n  maxAttachmentMB: 0.01'),
    });
    const outcome = await run();
    const reasons = outcome.deliveries.map((d) => d.outcome.status === 'failed' && d.outcome.reason);
    expect(reasons[0]).toContain('メールアドレスが登録されていません');
    // 0.01 MB is 10,486 bytes: shown as 11 KB, never as 「0.0 MB」.
    expect(reasons[1]).toMatch(/添付ファイルが [\d,]+ KB で、上限の 11 KB を超えています/);
    expect(smtp.attempts).toHaveLength(0);
  });

  it('builds everything but sends nothing on a dry run', async () => {
    const { smtp, run } = await setUp();
    const outcome = await run({ dryRun: true });
    expect(outcome.planned.map((p) => [p.department, p.recipients.map((r) => r.address)])).toEqual([
      ['総務部人事課', [ADDRESSES.jinji]],
      ['環境部5R推進課', [...ADDRESSES.gomi]],
    ]);
    expect(outcome.nothingToReport).toEqual(['テスト市 政策開発部広聴広報課']);
    expect(smtp.attempts).toHaveLength(0);
  });

  it('never writes the SMTP password to its log', async () => {
    const { run, logs } = await setUp();
    await run();
    expect(logs.text()).toContain('smtp://shinchoku@127.0.0.1');
    expect(logs.text()).not.toContain('himitsu-pass');
  });
});
