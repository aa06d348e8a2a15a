// npm run bench: median wall time, pages, size and peak RSS of the annual report of every seed
// plan and of a plan ten times the largest; beside it the Chromium route where Debian's chromium
// is installed. Then the whole seed run against the same PDFs printed by a warm browser, and the
// binary's start-up. Each build runs in its own process; medians because these machines are noisy.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { benchCases, SCALE, YEAR } from './cases.ts';
import { CHROMIUM } from './html-route.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUILD_ONE = path.join(import.meta.dirname, 'build-one.ts');

interface Sample {
  ms: number;
  pages: number;
  bytes: number;
  maxRssMb: number;
}

async function sample(id: string, route: string): Promise<Sample> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', BUILD_ONE, id, route], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as Sample;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(id: string, route: string): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await sample(id, route));
  return { ms: median(samples.map((s) => s.ms)), pages: samples[0]!.pages, bytes: samples[0]!.bytes, maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
}

const fmt = (s: Sample) => `${(s.ms / 1000).toFixed(2).padStart(7)} s ${String(s.pages).padStart(5)} ページ ${(s.bytes / 1024).toFixed(0).padStart(7)} KB ${s.maxRssMb.toFixed(0).padStart(6)} MB`;

const cases = await benchCases();
const chromium = existsSync(CHROMIUM);
console.log(`年次報告書のベンチマーク（各 ${RUNS} 回の中央値、ピークRSSは最大値）${chromium ? '' : ' — chromium がないため比較は省略'}`);
console.log(`${'計画'.padEnd(22)} ${'方式'.padEnd(9)}  時間       ページ   サイズ     ピークRSS   比（chromium ÷ shinchoku）`);
const results = new Map<string, Sample>();
const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');
const seedPlans = new Set(cases.slice(0, -1).map((c) => c.id));
for (const c of cases) {
  const ours = await measure(c.id, 'shinchoku');
  results.set(c.id, ours);
  console.log(`${c.id.padEnd(22)} ${'shinchoku'.padEnd(9)} ${fmt(ours)}`);
  // The binary as an admin runs it: start-up, loading and checking the data, computing, printing.
  const whole = seedPlans.has(c.id) ? await wholeProcess(['report', '--year', String(YEAR), '--plan', c.id]) : undefined;
  if (whole) console.log(`${''.padEnd(22)} ${'（プロセス全体）'.padEnd(9)} ${(whole.ms / 1000).toFixed(2).padStart(7)} s`);
  if (chromium) {
    const theirs = await measure(c.id, 'chromium');
    const base = whole ?? ours;
    console.log(`${''.padEnd(22)} ${'chromium'.padEnd(9)} ${fmt(theirs)}  時間 ${(theirs.ms / base.ms).toFixed(1)}倍${whole ? '（shinchoku はプロセス全体、chromium は Node の起動を含めず）' : ''}、サイズ ${(theirs.bytes / ours.bytes).toFixed(2)}倍（Chromium 側の RSS は Node 側のみ）`);
  }
}
const scaled = cases.at(-1)!;
const base = cases.find((c) => scaled.id === `${c.id}-x${SCALE}`)!;
const growth = results.get(scaled.id)!.ms / results.get(base.id)!.ms;
console.log(`${SCALE}倍の計画（指標 ${scaled.indicators} 件）: 時間は ${growth.toFixed(1)} 倍（指標数は ${(scaled.indicators / base.indicators).toFixed(0)} 倍）。線形以下なら ${SCALE} 倍以下です。`);

// The yearly run of the seeds, whole process, to a fresh output folder; against it the same PDFs
// printed by one Chromium kept open (its start not counted), in the same run of the benchmark.
const fullRun = await wholeProcess(['run', '--year', String(YEAR), '--force']);
console.log(`\n年次の実行（run --year ${YEAR} --force、新しい出力先）: ${(fullRun.ms / 1000).toFixed(2)} s（プロセス全体の中央値）、PDF ${fullRun.pdfs} 件 ${(fullRun.pdfBytes / 1024).toFixed(0)} KB`);
console.log(`同じ実行をもう一度（送るものも変わった内容もない再実行）: ${((await rerun()) / 1000).toFixed(2)} s（プロセス全体の中央値）`);
if (chromium) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'warm-run.ts'), String(RUNS)], { maxBuffer: 1024 * 1024 });
  const warm = JSON.parse(stdout) as { ms: number; files: number; bytes: number };
  console.log(`同じ PDF ${warm.files} 件を開いたままの Chromium で: ${(warm.ms / 1000).toFixed(2)} s（起動は含めず）、${(warm.bytes / 1024).toFixed(0)} KB — shinchoku の ${(warm.ms / fullRun.ms).toFixed(1)} 倍の時間`);
}

// Start-up: the whole process of the binary, as an admin's terminal sees it.
async function startUp(args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const started = performance.now();
    await promisify(execFile)(process.execPath, [BIN, ...args]);
    times.push(performance.now() - started);
  }
  return median(times);
}
for (const args of [['--help'], ['--version'], ['run', '--help']]) {
  console.log(`起動: shinchoku ${args.join(' ').padEnd(12)} ${((await startUp(args)) / 1000).toFixed(2)} s（プロセス全体の中央値）`);
}

/** The binary's whole process, median of RUNS, each to a fresh output folder; with the PDFs it wrote. */
async function wholeProcess(args: string[]): Promise<{ ms: number; pdfs: number; pdfBytes: number }> {
  const times: number[] = [];
  let pdfs = 0;
  let pdfBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-bench-'));
    try {
      const started = performance.now();
      await promisify(execFile)(process.execPath, [BIN, ...args, '--out', out], { maxBuffer: 16 * 1024 * 1024 });
      times.push(performance.now() - started);
      const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.pdf'));
      pdfs = files.length;
      pdfBytes = 0;
      for (const f of files) pdfBytes += (await stat(path.join(out, f))).size;
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
  return { ms: median(times), pdfs, pdfBytes };
}

/** A run repeated once everything is sent: the first run sends, the second rebuilds what sending changed (照会中), the rest keep every file. */
async function rerun(): Promise<number> {
  const out = await mkdtemp(path.join(tmpdir(), 'shinchoku-bench-'));
  const args = [BIN, 'run', '--year', String(YEAR), '--out', out];
  try {
    for (let i = 0; i < 2; i++) await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
