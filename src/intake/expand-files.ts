// The files an admin names for import, with wildcards expanded by the program: a POSIX shell expands
// `返送/*.xlsx` itself, but Windows' cmd and PowerShell pass it on as written.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ShinchokuError } from '../errors.ts';

export async function expandFiles(args: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const pattern = process.platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
    // A file whose name has a 「*」 or 「[」 in it is still that file.
    if (existsSync(path.resolve(cwd, arg)) || !isDynamicPattern(pattern)) {
      files.push(path.resolve(cwd, arg));
      continue;
    }
    const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    if (found.length === 0) throw new ShinchokuError('IMPORT_NOT_FOUND', `「${arg}」に当てはまるファイルがありません`);
    files.push(...found.sort());
  }
  return [...new Set(files)];
}
