// The installed package's own folder (package.json, seeds/, templates/, src/bin.js), found from
// wherever this module runs: the TypeScript sources, or the JavaScript built from them under
// node_modules/.cache, which sits at another depth.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'shinchoku') return dir;
    if (path.dirname(dir) === dir) throw new Error(`shinchoku の package.json が ${from} の上のフォルダに見つかりません`);
  }
}

export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
