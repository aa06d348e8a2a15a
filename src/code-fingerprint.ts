// What the program is, for caches addressed by content: every source and package.json (the listing
// the build is checked against, src/build-stamp.js), the installed library versions and Node's, so
// a changed program, library or Node never reuses what an older one made.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from './package-root.ts';

/** npm rewrites these on every install; an install without them (a packed one) pins versions in package.json. */
const LOCKS = ['package-lock.json', path.join('node_modules', '.package-lock.json')];

let fingerprint: Promise<string> | undefined;

export function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const stamp = (await import(pathToFileURL(path.join(PACKAGE_ROOT, 'src', 'build-stamp.js')).href)) as { sourceStamp(): string };
    const locks = LOCKS.map((file) => {
      const s = statSync(path.join(PACKAGE_ROOT, file), { throwIfNoEntry: false });
      return s ? `${file} ${s.size} ${s.mtimeMs}` : '';
    });
    return createHash('sha256')
      .update([process.version, stamp.sourceStamp(), ...locks].join('\n'))
      .digest('hex');
  })();
  return fingerprint;
}
