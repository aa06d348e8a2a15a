import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendHistory, readHistory, type HistoryEntry } from '../../src/run/history.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true });
});

const entry = (startedAt: string): HistoryEntry => ({
  command: 'run',
  trigger: 'manual',
  plans: ['kyodo'],
  year: 2024,
  startedAt,
  finishedAt: startedAt,
  outcome: 'ok',
  reports: 1,
  sent: 1,
  skipped: 0,
  failed: 0,
});

describe('run history', () => {
  it('keeps entries for the configured number of days and drops older ones when a new one is added', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-history-'));
    dirs.push(out);
    await appendHistory(out, entry('2026-01-01T00:00:00Z'), 30, new Date('2026-01-01T00:00:00Z'));
    await appendHistory(out, entry('2026-01-20T00:00:00Z'), 30, new Date('2026-01-20T00:00:00Z'));
    // 1 February: 1 January is 31 days back, beyond 30; 20 January is kept.
    await appendHistory(out, entry('2026-02-01T00:00:00Z'), 30, new Date('2026-02-01T00:00:00Z'));
    expect((await readHistory(out)).map((e) => e.startedAt)).toEqual(['2026-01-20T00:00:00Z', '2026-02-01T00:00:00Z']);
  });

  it('reads nothing from an output folder that has never run', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-history-'));
    dirs.push(out);
    expect(await readHistory(out)).toEqual([]);
  });
});
