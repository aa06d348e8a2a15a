// What the collect ledger says about a year's requests, read from lines written here by hand.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MunicipalityData } from '../../src/load/dataset.ts';
import { requestsFrom } from '../../src/run/requests.ts';

const koriyama = { municipality: { id: 'koriyama' }, actualsDue: { month: 6, day: 30 } } as unknown as MunicipalityData;
const line = (department: string, event: string, at: string, year = 2024) =>
  JSON.stringify({ at, run: `collect-${year}`, municipality: 'koriyama', department, year, event, messageId: '<m@x>', recipients: [], transport: 'outbox' });

async function outWith(lines: string[]): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-requests-'));
  await mkdir(path.join(out, 'runs', 'collect-2024'), { recursive: true });
  // The last line is cut short, as a crash mid-append leaves it.
  await writeFile(path.join(out, 'runs', 'collect-2024', 'ledger.jsonl'), `${lines.join('\n')}\n{"at":"2025-05`);
  return out;
}

describe('the requests of a year', () => {
  it('name each department asked, at its first delivery, with the configured deadline and today in Tokyo', async () => {
    const out = await outWith([
      line('市民部市民課', 'attempt', '2025-04-01T00:00:00.000Z'),
      line('市民部市民課', 'sent', '2025-04-01T00:00:01.000Z'),
      // A forced resend a week later that failed: the department was still asked on 1 April.
      line('市民部市民課', 'attempt', '2025-04-08T00:00:00.000Z'),
      line('市民部市民課', 'failed', '2025-04-08T00:00:05.000Z'),
      line('総務部人事課', 'attempt', '2025-04-01T00:00:02.000Z'),
      line('総務部人事課', 'failed', '2025-04-01T00:00:03.000Z'),
    ]);
    // 2025-06-30T15:30Z is 1 July 00:30 in Tokyo.
    const requests = requestsFrom(out, new Date('2025-06-30T15:30:00Z'), 'Asia/Tokyo')(koriyama, 2024);
    expect(requests).toEqual({ sentAt: new Map([['市民部市民課', '2025-04-01T00:00:01.000Z']]), deadline: '2025-06-30', today: '2025-07-01' });
  });

  it('are empty for a year whose 実績照会 was never sent', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-requests-'));
    expect(requestsFrom(out, new Date('2025-05-01T00:00:00Z'), 'Asia/Tokyo')(koriyama, 2024).sentAt.size).toBe(0);
  });
});
