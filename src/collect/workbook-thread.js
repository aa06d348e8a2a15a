// The second thread of a run: builds 実績照会 workbooks from their data while the main thread prints
// the PDFs. Plain JavaScript, like src/bin.js: it loads the JavaScript built from the sources when
// that is current, otherwise the TypeScript sources through tsx. It only turns data into bytes;
// the main thread writes every file, in order, and sends every mail.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { BUILD_DIR, currentBuild } from '../build-stamp.js';

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('./workbook.ts');
}

const { departmentWorkbook } = currentBuild() ? await import(pathToFileURL(path.join(BUILD_DIR, 'collect', 'workbook.js')).href) : await fromSources();

// One workbook at a time, in the order asked: the run writes them in that order, so the first one
// is ready first, and only one workbook's model is in memory.
let queue = Promise.resolve();
parentPort.on('message', ({ id, input }) => {
  queue = queue.then(async () => {
    try {
      const bytes = await departmentWorkbook(input);
      parentPort.postMessage({ id, bytes }, [bytes.buffer]);
    } catch (error) {
      parentPort.postMessage({
        id,
        error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
      });
    }
  });
});
