// A command's work is loaded when it runs; a stop asked for while it loads is honoured before any work.
import { describe, expect, it } from 'vitest';
import { lazyRun, type CommandContext } from '../src/cli/command.ts';

const contextWith = (signal: AbortSignal) => ({ signal }) as unknown as CommandContext<Record<string, never>>;

describe('a lazily loaded command', () => {
  it('runs its work once loaded', async () => {
    const run = lazyRun(async () => ({ run: async () => 7 }));
    expect(await run(contextWith(new AbortController().signal))).toBe(7);
  });

  it('does not start its work when a stop came while it loaded', async () => {
    const stop = new AbortController();
    let started = false;
    const run = lazyRun(async () => {
      stop.abort(new Error('SIGTERM で中断しました'));
      return { run: async () => ((started = true), 0) };
    });
    await expect(run(contextWith(stop.signal))).rejects.toThrow('SIGTERM で中断しました');
    expect(started).toBe(false);
  });
});
