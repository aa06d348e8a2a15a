// Workbooks built on a second thread while the main thread prints the run's PDFs: the 64 実績照会
// workbooks of a seed run take a second of the main thread's time otherwise. Only bytes come back;
// the executor writes every file in the manifest's order, as before.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkbookInput } from '../collect/workbook.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

const ENTRY = path.join(PACKAGE_ROOT, 'src', 'collect', 'workbook-thread.js');

export interface WorkbookThread {
  /** Starts building at once; the bytes (or the thread's error) when they are ready. */
  build(input: WorkbookInput): Promise<Uint8Array>;
  /** Ends the thread; whatever it was building is dropped. */
  close(): Promise<void>;
}

type Answer = { id: number; bytes: Uint8Array; error?: undefined } | { id: number; error: { message: string; stack?: string } };

export function startWorkbookThread(): WorkbookThread {
  const worker = new Worker(ENTRY);
  const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  let next = 0;
  let ended: Error | undefined;
  const failAll = (error: Error) => {
    ended ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: Answer) => {
    const w = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error === undefined) return w?.resolve(answer.bytes);
    const error = new Error(`実績照会の Excel を作れませんでした: ${answer.error.message}`);
    // The thread's own stack, for the report of an unexpected error; the message stays a sentence.
    if (answer.error.stack) error.stack = `${error.name}: ${error.message}\n(実績照会のスレッド) ${answer.error.stack}`;
    w?.reject(error);
  });
  worker.on('error', failAll);
  worker.on('messageerror', failAll);
  worker.on('exit', (code) => failAll(new Error(`実績照会の Excel を作るスレッドが終了しました（終了コード ${code}）`)));
  return {
    build(input) {
      const id = next++;
      const built = ended ? Promise.reject(ended) : new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
      // Awaited by the executor in the manifest's order; this only keeps a rejection from counting as unhandled meanwhile.
      built.catch(() => undefined);
      if (!ended) worker.postMessage({ id, input });
      return built;
    },
    async close() {
      await worker.terminate();
    },
  };
}
