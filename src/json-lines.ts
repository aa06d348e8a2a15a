// Append-only .jsonl records (history, unsent alerts): read whole, a missing file is empty, and a
// line cut short by a crash is skipped, so a record never stops a run or `status`.
import { readFile } from 'node:fs/promises';

export async function readJsonLines<T>(file: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text.split('\n').flatMap((line) => {
    try {
      return line.trim() === '' ? [] : [JSON.parse(line) as T];
    } catch {
      return [];
    }
  });
}
