// The seed run's PDFs through a warm browser, in a process of its own: the same documents the run
// prints (run --year 2024 --force), the browser started before the clock, every PDF written.
// Usage: tsx test/bench/warm-run.ts <runs>; prints one JSON line (median milliseconds, files, bytes).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLED_SEEDS } from '../../src/cli/folders.ts';
import { loadData } from '../../src/load/load-data.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';
import { requestsFrom } from '../../src/run/requests.ts';
import { runManifest } from '../../src/run/run-job.ts';
import { YEAR } from './cases.ts';
import { warmBrowser } from './warm-route.ts';

const runs = Number(process.argv[2] ?? 3);
const loaded = await loadData(BUNDLED_SEEDS);
if (!loaded.ok) throw new Error('the bundled seeds do not load');
const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-warm-run-'));
const startedAt = new Date();
const manifest = runManifest({
  dataset: loaded.dataset,
  outDir: out,
  year: YEAR,
  templates: loadTemplates(loaded.dataset.timezone),
  requests: requestsFrom(out, startedAt, loaded.dataset.timezone),
  startedAt,
});
const documents = manifest.files.flatMap((f) => (f.kind === 'pdf' ? [f.document] : []));
const browser = await warmBrowser();
const times: number[] = [];
let bytes = 0;
try {
  // One unmeasured pass warms the browser's caches too, as a service that has been running would have them.
  for (let run = 0; run <= runs; run++) {
    bytes = 0;
    const started = performance.now();
    for (const [i, doc] of documents.entries()) {
      const pdf = await browser.print(doc);
      await writeFile(path.join(out, `${i}.pdf`), pdf);
      bytes += pdf.length;
    }
    if (run > 0) times.push(performance.now() - started);
  }
} finally {
  await browser.close();
  await rm(out, { recursive: true, force: true });
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
process.stdout.write(`${JSON.stringify({ ms: median, files: documents.length, bytes })}\n`);
