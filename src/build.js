// `npm run build` (and npm's prepare step after `npm ci`): the sources compiled once to JavaScript,
// so `shinchoku` starts without compiling TypeScript. The folders keep their layout (assets are
// found from the package root). Where TypeScript is not installed (an install without the
// development packages) nothing is built, and the binary compiles at start as before.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_DIR, ROOT, sourceStamp, STAMP_FILE } from './build-stamp.js';

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error('shinchoku: TypeScript がないため、JavaScript を作らずに終わります（起動のたびに変換します）');
  process.exit(0);
}
// Taken before compiling: a source saved during the build makes the build stale, never current.
const sources = sourceStamp();
const building = `${BUILD_DIR}.partial`;
rmSync(building, { recursive: true, force: true });
const args = [
  tsc,
  path.join(ROOT, 'src', 'cli', 'main.ts'),
  '--outDir',
  building,
  '--rootDir',
  path.join(ROOT, 'src'),
  '--noCheck',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--target',
  'es2023',
  '--types',
  'node',
  '--rewriteRelativeImportExtensions',
  '--allowImportingTsExtensions',
  '--skipLibCheck',
  '--resolveJsonModule',
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (result.status !== 0) {
  // The install still works: the binary compiles at start, as without a build.
  console.error('shinchoku: JavaScript への変換に失敗しました（起動のたびに変換します）');
  rmSync(building, { recursive: true, force: true });
  process.exit(0);
}
// Under node_modules no package.json above says these files are ES modules: this one does.
writeFileSync(path.join(building, 'package.json'), '{ "type": "module" }\n');
writeFileSync(path.join(building, STAMP_FILE), `${JSON.stringify({ sources })}\n`);
rmSync(BUILD_DIR, { recursive: true, force: true });
renameSync(building, BUILD_DIR);
