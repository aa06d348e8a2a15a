import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/run/history.ts';
import { STOP_REQUEST } from '../../src/stop-request.ts';
import { ADDRESSES, mailFixture } from '../helpers/mail-fixture.ts';
import { spawnCli, waitFor } from '../helpers/spawn-cli.ts';
import { startSmtp } from '../helpers/smtp.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

async function dirs() {
  const data = await mailFixture();
  const out = path.join(tmpdir(), `shinchoku-lock-${process.pid}-${Math.random().toString(36).slice(2)}`);
  cleanup.push(
    () => rm(data, { recursive: true }),
    () => rm(out, { recursive: true, force: true }),
  );
  return { data, out };
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('one run at a time per output folder', () => {
  it('refuses a second run while the first is sending, naming the first, with exit code 75', async () => {
    const { data, out } = await dirs();
    const smtp = await startSmtp(() => 'hang');
    cleanup.push(() => smtp.close());
    const first = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    // Before the server closes: it waits for the hung connection.
    cleanup.unshift(async () => {
      first.child.kill('SIGKILL');
      await first.exited;
    });
    await waitFor('the first run to send', () => (smtp.attempts.length > 0 ? true : undefined));

    const second = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(await second.exited).toBe(75);
    expect(second.stderr()).toContain('別の実行が進行中です（run（手動）');
    expect(second.stderr()).toContain(`プロセス ${first.child.pid}`);
    expect(smtp.attempts).toHaveLength(1);
  });

  it('takes over the lock of a run that was killed', async () => {
    const { data, out } = await dirs();
    const smtp = await startSmtp(({ index }) => (index === 0 ? 'hang' : undefined));
    cleanup.push(() => smtp.close());
    const killed = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    await waitFor('the first run to send', () => (smtp.attempts.length > 0 ? true : undefined));
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(await exists(path.join(out, 'run.lock'))).toBe(true);

    const next = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(await next.exited).toBe(0);
    expect(await exists(path.join(out, 'run.lock'))).toBe(false);
  });

  it('on SIGTERM finishes the mail in flight, stops, and a rerun sends only the rest', async () => {
    const { data, out } = await dirs();
    let run: ReturnType<typeof spawnCli> | undefined;
    // The first message is answered half a second after SIGTERM reached the sender.
    const smtp = await startSmtp(async ({ index }) => {
      if (index === 0) {
        run!.child.kill('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      return undefined;
    });
    cleanup.push(() => smtp.close());
    run = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toContain('SIGTERM を受け取りました');
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([[ADDRESSES.jinji]]);
    expect(await exists(path.join(out, 'run.lock'))).toBe(false);
    const [stopped] = await readHistory(out);
    expect(stopped).toMatchObject({ command: 'run', trigger: 'manual', outcome: 'aborted', sent: 1 });

    const rerun = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() });
    expect(await rerun.exited).toBe(0);
    expect(rerun.stdout()).toContain('スキップ  テスト市 総務部人事課: 送信済み');
    const perDepartment = smtp.received.map((r) => [...r.envelopeTo].sort().join(','));
    expect(perDepartment.sort()).toEqual([[...ADDRESSES.gomi].sort().join(','), ADDRESSES.jinji].sort());
    expect((await readHistory(out)).map((e) => e.outcome)).toEqual(['aborted', 'ok']);
    expect(JSON.parse(await readFile(path.join(out, 'runs', stopped!.runId!, 'run.json'), 'utf8'))).toMatchObject({ year: 2024 });
  });

  it('honours a stop asked for over the IPC channel (how the scheduler stops a job on Windows) as it does SIGTERM', async () => {
    const { data, out } = await dirs();
    let run: ReturnType<typeof spawnCli> | undefined;
    const smtp = await startSmtp(async ({ index }) => {
      if (index === 0) {
        run!.child.send(STOP_REQUEST);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      return undefined;
    });
    cleanup.push(() => smtp.close());
    run = spawnCli(['run', '--year', '2024', '--data', data, '--out', out], { SHINCHOKU_SMTP_URL: smtp.url() }, { ipc: true });
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toContain('SIGTERM を受け取りました');
    expect(smtp.received).toHaveLength(1);
  });

  it('ends on its own when started with an IPC channel and nobody asks it to stop', async () => {
    const { data } = await dirs();
    const run = spawnCli(['validate', '--data', data], {}, { ipc: true });
    expect(await run.exited).toBe(0);
  });
});
