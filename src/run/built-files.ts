// What a run has already built, so a rerun of it (the scheduler catching up, a resend, a rerun
// after a stopped run) does not print again what would come out the same. Each file is addressed
// by its content: a hash of the code (every source and package.json, so a changed template set,
// program or library version changes it) and of everything the file is built from, taken from
// documents assembled at one fixed time so that the moment of the rerun does not count. The index
// is output/runs/<run id>/built.json; a file is kept only while its bytes are those recorded.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { MissingGlyph } from '../render/pdf/missing-glyphs.ts';
import type { FileWork } from './manifest.ts';

export interface BuiltEntry {
  key: string;
  sha256: string;
  /** Replayed as warnings when the file is kept. */
  missingGlyphs: MissingGlyph[];
}

/** By file path relative to the output folder. */
export type BuiltIndex = Record<string, BuiltEntry>;

/** The moment documents are assembled at for their keys; any fixed time would do. */
export const KEY_TIME = new Date(0);

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A Map or a class instance would print as {} and two different files could share a key. */
function plainOnly(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null)
      throw new Error(`built-files: ${proto?.constructor?.name} in a file's content cannot be addressed`);
  }
  return value;
}

/** Each file's key, by path, from the files of a manifest assembled at KEY_TIME. */
export function contentKeys(code: string, files: readonly FileWork[]): Map<string, string> {
  return new Map(files.map(({ file, label: _label, ...content }) => [file, sha256(`${code}\n${JSON.stringify(content, plainOnly)}`)]));
}

const indexFile = (runDir: string) => path.join(runDir, 'built.json');

export async function readBuiltIndex(runDir: string): Promise<BuiltIndex> {
  try {
    return JSON.parse(await readFile(indexFile(runDir), 'utf8')) as BuiltIndex;
  } catch {
    // Missing or unreadable: everything is built again, which is always safe.
    return {};
  }
}

export async function writeBuiltIndex(runDir: string, index: BuiltIndex): Promise<void> {
  await writeFileAtomic(indexFile(runDir), `${JSON.stringify(index)}\n`);
}

/** The file's bytes when it is still the one built from `key`. */
export async function keptFile(file: string, entry: BuiltEntry | undefined, key: string | undefined): Promise<Uint8Array | undefined> {
  if (entry === undefined || key === undefined || entry.key !== key) return undefined;
  try {
    const bytes = await readFile(file);
    return sha256(bytes) === entry.sha256 ? bytes : undefined;
  } catch {
    return undefined;
  }
}

export const builtEntry = (key: string, bytes: Uint8Array, missingGlyphs: MissingGlyph[]): BuiltEntry => ({ key, sha256: sha256(bytes), missingGlyphs });
