// Where the JavaScript built from the sources lives (`npm run build`, run by npm's prepare step),
// and whether it is current: the build records every source (path, size, modification time) and
// is used only while they are exactly the same, so an edited, replaced (even with an older time,
// as unzip or rsync leave it) or deleted source always runs as written. Plain JavaScript: the
// binary reads this before it can compile anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUILD_DIR = path.join(ROOT, 'node_modules', '.cache', 'shinchoku', 'js');
export const STAMP_FILE = 'stamp.json';

/** Every source and package.json as `path size mtime` lines, in a fixed order. */
export function sourceStamp() {
  const files = [path.join(ROOT, 'package.json')];
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.[jt]s$/.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  return files
    .sort()
    .map((file) => {
      const s = statSync(file);
      return `${path.relative(ROOT, file)} ${s.size} ${s.mtimeMs}`;
    })
    .join('\n');
}

/** The built entry module, when a build exists and the sources are exactly those it was built from. */
export function currentBuild() {
  try {
    const stamp = JSON.parse(readFileSync(path.join(BUILD_DIR, STAMP_FILE), 'utf8'));
    return stamp.sources === sourceStamp() ? path.join(BUILD_DIR, 'cli', 'main.js') : undefined;
  } catch {
    return undefined;
  }
}
