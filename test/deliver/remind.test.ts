import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/run/history.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { ADDRESSES, mailFixture } from '../helpers/mail-fixture.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function setUp() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-remind-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const smtp = await startSmtp();
  cleanup.push(
    () => smtp.close(),
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  const remind = (...args: string[]) => shinchokuWith({ SHINCHOKU_SMTP_URL: smtp.url() }, 'remind', '--data', data, '--out', out, ...args);
  // The year's 実績照会, sent to the outbox: a reminder is only for what was asked.
  const ask = async (year: string) => expect((await shinchokuWith({}, 'collect', '--year', year, '--send', '--data', data, '--out', out)).code).toBe(0);
  // The yearly run, to the outbox: its mail carries the 実績照会 while anything is asked.
  const run = (year: string) => shinchokuWith({}, 'run', '--year', year, '--data', data, '--out', out);
  return { smtp, out, remind, ask, run };
}

describe('shinchoku remind', () => {
  it('mails a department the indicators and project results it has not reported for the year, with the deadline and the latest actual', async () => {
    const { smtp, remind, ask } = await setUp();
    await ask('2025');
    const result = await remind('--year', '2025');
    expect(result.code).toBe(0);
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([[ADDRESSES.jinji], [...ADDRESSES.gomi]]);
    const { mail } = smtp.received[0]!;
    // Indicator 1-1, and the 2025 results of projects 1 and 2 (run with 3R推進課; listed as 再掲 only in 2024).
    expect(mail.subject).toBe('【テスト市】令和7年度の実績のご報告のお願い（未報告 3件・総務部人事課）');
    // The plan sets no target for 2025: the last one it states is shown with its year, not passed off as 2025's.
    expect(mail.text).toContain('・1-1 研修参加者数（目標値: 1,200人（令和6年度）、最新の実績: 令和6年度 1,150人）');
    expect(mail.text).toContain('・1 人材育成推進事業（実施結果）\n・2 人材育成推進事業（再掲）（実施結果）');
    expect(mail.text).toContain('令和8年6月30日 までにご報告ください');
    expect(mail.attachments).toHaveLength(0);
    expect(result.stdout).toContain('未報告なし テスト市 政策開発部広聴広報課');
  });

  it('sends nothing when everything asked for the year is reported', async () => {
    const { smtp, remind, ask } = await setUp();
    await ask('2024');
    const result = await remind('--year', '2024');
    expect(result.code).toBe(0);
    expect(smtp.attempts).toHaveLength(0);
    expect(result.stdout).toContain('合計: 送信 0、スキップ 0、失敗 0、未報告なし 3');
  });

  it('does not mail the same department twice in a month unless forced', async () => {
    const { smtp, out, remind, ask } = await setUp();
    await ask('2025');
    await remind('--year', '2025');
    const again = await remind('--year', '2025');
    expect(again.stdout).toContain('スキップ  テスト市 総務部人事課: 送信済み');
    expect(smtp.received).toHaveLength(2);
    await remind('--year', '2025', '--force');
    expect(smtp.received).toHaveLength(4);
    expect((await readHistory(out)).filter((e) => e.command === 'remind').map((e) => [e.command, e.trigger, e.sent, e.skipped])).toEqual([
      ['remind', 'manual', 2, 0],
      ['remind', 'manual', 0, 2],
      ['remind', 'manual', 2, 0],
    ]);
  });

  it('counts a yearly run that carried the 実績照会 as asking', async () => {
    const { smtp, remind, run } = await setUp();
    expect((await run('2025')).code).toBe(0);
    const result = await remind('--year', '2025');
    expect(result.code).toBe(0);
    expect(smtp.received.map((r) => r.mail.subject)).toContain('【テスト市】令和7年度の実績のご報告のお願い（未報告 3件・総務部人事課）');
  });

  it('reminds no one of a value never asked for (照会前), and tells the admin to send the 実績照会 first', async () => {
    const { smtp, remind } = await setUp();
    const result = await remind('--year', '2025');
    expect(result.code).toBe(0);
    expect(smtp.attempts).toHaveLength(0);
    expect(result.stdout).toContain('未報告なし テスト市 総務部人事課');
    expect(result.stderr).toContain(
      '2025年度の実績をまだ照会していない指標が 1件あります。督促の対象にしていません（先に shinchoku collect --send か run で照会してください）',
    );
  });

  it('refuses a year outside every plan’s period', async () => {
    const { remind } = await setUp();
    const result = await remind('--year', '2030');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2030年度を計画期間に含む計画がありません（「テスト市協働推進計画」2022〜2025年度）');
  });
});
