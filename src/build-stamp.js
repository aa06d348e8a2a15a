// Where the JavaScript built from the sources lives (`npm run build`, run by npm's prepare step),
// and whether it is current: a build older than any source is never used, so an edited source
// always runs as written. Plain JavaScript: the binary reads this before it can compile anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUILD_DIR = path.join(ROOT, 'node_modules', '.cache', 'shinchoku', 'js');
export const STAMP_FILE = 'stamp.json';

/** The newest modification time (ms) of the sources and package.json. */
export function sourceStamp() {
  let newest = statSync(path.join(ROOT, 'package.json')).mtimeMs;
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.[jt]s$/.test(entry.name)) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The built entry module, when a build exists and no source is newer than it. */
export function currentBuild() {
  try {
    const stamp = JSON.parse(readFileSync(path.join(BUILD_DIR, STAMP_FILE), 'utf8'));
    return stamp.sources >= sourceStamp() ? path.join(BUILD_DIR, 'cli', 'main.js') : undefined;
  } catch {
    return undefined;
  }
}
