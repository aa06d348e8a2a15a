// File names made from names people write (departments, plans): characters no file system takes are
// replaced, and a name too long for one (about 80 CJK characters in UTF-8) is shortened with a
// stable suffix, so two long names still make two files. The printed name is never shortened.
import { createHash } from 'node:crypto';

/** Most file systems allow 255 bytes; room is left for a temporary file's prefix and suffix. */
const MAX_BYTES = 200;

export function safeFileName(stem: string, extension: string): string {
  const clean = stem.replaceAll(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  if (Buffer.byteLength(clean + extension) <= MAX_BYTES) return clean + extension;
  const suffix = `_${createHash('sha256').update(stem).digest('hex').slice(0, 8)}`;
  let short = '';
  for (const ch of clean) {
    if (Buffer.byteLength(short + ch + suffix + extension) > MAX_BYTES) break;
    short += ch;
  }
  return short + suffix + extension;
}
