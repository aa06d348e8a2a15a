// `shinchoku mail-test` against real SMTP servers: one that accepts, and ones that fail at each step.
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { mailFixture } from '../helpers/mail-fixture.ts';
import { shinchokuWith } from '../helpers/run-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function data() {
  const dir = await mailFixture();
  cleanup.push(() => rm(dir, { recursive: true }));
  return dir;
}

/** A server set up to fail one way; returns its port. */
async function failingServer(options: SMTPServerOptions): Promise<number> {
  const server = new SMTPServer({ logger: false, disabledCommands: ['STARTTLS'], ...options });
  // The client hanging up mid-handshake is the point of these servers, not an error of the test.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.server.address() as AddressInfo).port;
}

const mailTest = async (url: string | undefined, ...args: string[]) =>
  shinchokuWith(url ? { SHINCHOKU_SMTP_URL: url } : {}, 'mail-test', '--data', await data(), ...args);

describe('shinchoku mail-test', () => {
  it('sends one test mail from the configured sender and says it went through', async () => {
    const smtp = await startSmtp();
    cleanup.push(() => smtp.close());
    const result = await mailTest(smtp.url('user', 'pass'), '--to', 'joho@testcity.lg.jp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('テストメールを送ります: smtp://user@127.0.0.1:');
    expect(result.stdout).toContain('送りました（名前解決・接続・暗号化・ログイン・送信者・宛先のすべて成功）');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.envelopeTo).toEqual(['joho@testcity.lg.jp']);
    expect(smtp.received[0]!.mail.from?.value).toEqual([{ name: 'テスト市 行政経営課', address: 'shinchoku@testcity.lg.jp' }]);
    expect(smtp.received[0]!.mail.subject).toBe('【shinchoku】テストメール（メールの設定の確認）');
  });

  it('says the login failed when the server refuses the password', async () => {
    const port = await failingServer({ allowInsecureAuth: true, onAuth: (_auth, _session, done) => done(new Error('Invalid username or password')) });
    const result = await mailTest(`smtp://user:wrong@127.0.0.1:${port}`, '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'ログインで失敗しました。メールサーバーにログインできません。SHINCHOKU_SMTP_URL のユーザー名とパスワードを確かめてください',
    );
    expect(result.stderr).toContain('[MAIL_TEST_FAILED]');
    expect(result.stderr).not.toContain('wrong');
  });

  it('says TLS failed when the server presents a certificate nobody vouches for', async () => {
    // smtp-server's built-in self-signed certificate.
    const port = await failingServer({ secure: true, authOptional: true });
    const result = await mailTest(`smtps://127.0.0.1:${port}`, '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('暗号化（TLS）で失敗しました。');
    expect(result.stderr).toContain('SHINCHOKU_SMTP_CA_FILE');
  });

  it('says the server refused the sender', async () => {
    const port = await failingServer({
      authOptional: true,
      onMailFrom: (_address, _session, done) => done(Object.assign(new Error('Sender address rejected'), { responseCode: 553 })),
    });
    const result = await mailTest(`smtp://127.0.0.1:${port}`, '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('送信者で失敗しました。メールサーバーが送信者のアドレスを受け付けません。shinchoku.yaml の mail.from');
    expect(result.stderr).toContain('553 Sender address rejected');
  });

  it('says the connection failed when nothing listens on the port', async () => {
    const smtp = await startSmtp();
    const url = smtp.url();
    await smtp.close();
    const result = await mailTest(url, '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('接続で失敗しました。メールサーバーに接続できません。サーバー名・ポート');
  });

  it('says the server name is not found', async () => {
    const result = await mailTest('smtps://mail.nonexistent.invalid:465', '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('名前解決（DNS）で失敗しました。');
  });

  it('says mail only goes to the outbox when no SMTP server is configured', async () => {
    const result = await mailTest(undefined, '--to', 'joho@testcity.lg.jp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SHINCHOKU_SMTP_URL が設定されていないため');
    expect(result.stderr).toContain('[MAIL_NOT_CONFIGURED]');
  });
});
