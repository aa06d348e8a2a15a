// npm run bench: median wall time, pages, size and peak RSS of the annual report of every seed
// plan, of the largest ten times over and of it repeated to 10,000 indicators; beside each seed
// plan the Chromium route where Debian's chromium is installed. Then the whole seed run against
// the same PDFs printed by a warm browser, the binary's start-up, the test suite, and every target
// of the speed issue against its measurement. Each build runs in its own process; medians because
// these machines are noisy.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { benchCases, SCALE, YEAR, type BenchCase } from './cases.ts';
import { CHROMIUM } from './html-route.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUILD_ONE = path.join(import.meta.dirname, 'build-one.ts');

interface Sample {
  ms: number;
  pages: number;
  bytes: number;
  volumes: number;
  largestBytes: number;
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
  return { ...samples[0]!, ms: median(samples.map((s) => s.ms)), maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
}

const fmt = (s: Sample) =>
  `${(s.ms / 1000).toFixed(2).padStart(7)} s ${String(s.pages).padStart(5)} ページ ${(s.bytes / 1024).toFixed(0).padStart(7)} KB ${s.maxRssMb.toFixed(0).padStart(6)} MB${s.volumes > 1 ? `  ${s.volumes} 分冊（最大 ${(s.largestBytes / 1024).toFixed(0)} KB）` : ''}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Each target of the speed issue with what this run measured, printed together at the end. */
const targets: Array<{ target: string; measured: string; holds: boolean }> = [];

const cases = await benchCases();
const chromium = existsSync(CHROMIUM);
console.log(`年次報告書のベンチマーク（各 ${RUNS} 回の中央値、ピークRSSは最大値）${chromium ? '' : ' — chromium がないため比較は省略'}`);
console.log(`${'計画'.padEnd(22)} ${'方式'.padEnd(9)}  時間       ページ   サイズ     ピークRSS   比（chromium ÷ shinchoku）`);
const results = new Map<string, Sample>();
const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'bin.js');
for (const c of cases) {
  const ours = await measure(c.id, 'shinchoku');
  results.set(c.id, ours);
  console.log(`${c.id.padEnd(22)} ${'shinchoku'.padEnd(9)} ${fmt(ours)}${c.times > 1 ? `  指標 ${c.indicators} 件（合成データ）` : ''}`);
  // The synthetic plans exist only in the benchmark; the seed plans also as an admin runs them.
  if (c.times > 1) continue;
  const whole = await wholeProcess(['report', '--year', String(YEAR), '--plan', c.id]);
  console.log(`${''.padEnd(22)} ${'（プロセス全体）'.padEnd(9)} ${(whole.ms / 1000).toFixed(2).padStart(7)} s`);
  if (chromium) {
    const theirs = await measure(c.id, 'chromium');
    const ratio = theirs.ms / whole.ms;
    console.log(
      `${''.padEnd(22)} ${'chromium'.padEnd(9)} ${fmt(theirs)}  時間 ${ratio.toFixed(1)}倍（shinchoku はプロセス全体、chromium は Node の起動を含めず）、サイズ ${(theirs.bytes / ours.bytes).toFixed(2)}倍（Chromium 側の RSS は Node 側のみ）`,
    );
    targets.push({
      target: `${c.id}: 冷えた Chromium の 5 倍以上速く、ファイルは大きくない`,
      measured: `${ratio.toFixed(1)} 倍、${(ours.bytes / 1024).toFixed(0)} KB 対 ${(theirs.bytes / 1024).toFixed(0)} KB`,
      holds: ratio >= 5 && ours.bytes <= theirs.bytes,
    });
  }
}
const seed = cases.find((c) => c.times === 1 && cases.some((s) => s.id === `${c.id}-x${SCALE}`))!;
const [tenfold, large] = cases.filter((c) => c.times > 1).map((c) => ({ c, r: results.get(c.id)! }));
const base = results.get(seed.id)!;
const growth = (x: { c: BenchCase; r: Sample }) => x.r.ms / base.ms / x.c.times;
console.log(
  `大きさに対する時間（1 指標あたり、${seed.id} を 1 として）: ${SCALE} 倍の計画 ${growth(tenfold!).toFixed(2)}、${large!.c.times} 倍の計画 ${growth(large!).toFixed(2)}。1 以下なら線形以下です。`,
);
targets.push({ target: `指標 ${large!.c.indicators} 件の計画: 30 s 以内`, measured: seconds(large!.r.ms), holds: large!.r.ms <= 30_000 });
targets.push({ target: '同: ピーク RSS 1 GB 以内', measured: `${large!.r.maxRssMb.toFixed(0)} MB`, holds: large!.r.maxRssMb <= 1024 });
targets.push({
  target: '同: PDF 40 MB 以内',
  measured: `${(large!.r.bytes / 1024 / 1024).toFixed(1)} MB（${large!.r.volumes} 分冊）`,
  holds: large!.r.bytes <= 40 * 1024 * 1024,
});
targets.push({ target: '同: 時間が大きさに線形', measured: `1 指標あたり ${growth(large!).toFixed(2)} 倍`, holds: growth(large!) <= 1.25 });

// The yearly run of the seeds, whole process, to a fresh output folder; against it the same PDFs
// printed by one Chromium kept open (its start not counted), in the same run of the benchmark.
const fullRun = await wholeProcess(['run', '--year', String(YEAR), '--force']);
console.log(
  `\n年次の実行（run --year ${YEAR} --force、新しい出力先）: ${(fullRun.ms / 1000).toFixed(2)} s（プロセス全体の中央値）、PDF ${fullRun.pdfs} 件 ${(fullRun.pdfBytes / 1024).toFixed(0)} KB`,
);
targets.push({ target: `年次の実行（PDF ${fullRun.pdfs} 件）: 4 s 以内`, measured: seconds(fullRun.ms), holds: fullRun.ms <= 4000 });
console.log(`同じ実行をもう一度（送るものも変わった内容もない再実行）: ${((await rerun()) / 1000).toFixed(2)} s（プロセス全体の中央値）`);
if (chromium) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'warm-run.ts'), String(RUNS)], {
    maxBuffer: 1024 * 1024,
  });
  const warm = JSON.parse(stdout) as { ms: number; files: number; bytes: number };
  console.log(
    `同じ PDF ${warm.files} 件を開いたままの Chromium で: ${(warm.ms / 1000).toFixed(2)} s（起動は含めず）、${(warm.bytes / 1024).toFixed(0)} KB — shinchoku の ${(warm.ms / fullRun.ms).toFixed(1)} 倍の時間`,
  );
  targets.push({ target: '同: 開いたままの Chromium の 3 倍以上速い', measured: `${(warm.ms / fullRun.ms).toFixed(1)} 倍`, holds: warm.ms / fullRun.ms >= 3 });
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
  const ms = await startUp(args);
  console.log(`起動: shinchoku ${args.join(' ').padEnd(12)} ${(ms / 1000).toFixed(2)} s（プロセス全体の中央値）`);
  if (args[0] === '--help') targets.push({ target: 'shinchoku --help: 0.3 s 以内', measured: seconds(ms), holds: ms <= 300 });
}

// The test suite once (it takes a minute or more; a median of three would triple the benchmark).
const testsStarted = performance.now();
await promisify(execFile)(process.execPath, [path.join(import.meta.dirname, '..', '..', 'node_modules', 'vitest', 'vitest.mjs'), 'run'], {
  maxBuffer: 64 * 1024 * 1024,
});
const testsMs = performance.now() - testsStarted;
console.log(`テスト（npm test 相当、1 回）: ${seconds(testsMs)}`);
targets.push({ target: 'npm test: 90 s 以内', measured: `${seconds(testsMs)}（1 回）`, holds: testsMs <= 90_000 });

console.log('\n目標と測定値');
for (const t of targets) console.log(`${t.holds ? '達成' : '未達'}  ${t.target} — ${t.measured}`);

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
