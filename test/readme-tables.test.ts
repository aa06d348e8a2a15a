// The README's exit-code and error-code tables are the catalogue in src/error-codes.ts, as generated.
// UPDATE_GOLDEN=1 rewrites them in the README; the diff is then reviewed like any golden file.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { errorCodeTable, exitCodeTable } from '../src/error-codes.ts';

const README = path.join(import.meta.dirname, '..', 'README.md');

function between(text: string, name: string, replacement?: string): string {
  const start = `<!-- ${name}: generated from src/error-codes.ts -->\n`;
  const end = `\n<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  expect(from, `README の ${start.trim()}`).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return replacement === undefined ? text.slice(from + start.length, to) : text.slice(0, from + start.length) + replacement + text.slice(to);
}

it.each([
  ['exit-codes', exitCodeTable],
  ['error-codes', errorCodeTable],
])('the README table %s is the one generated from the catalogue', async (name, table) => {
  const text = await readFile(README, 'utf8');
  if (process.env.UPDATE_GOLDEN) await writeFile(README, between(text, name, `\n${table()}\n`));
  else expect(between(text, name)).toBe(`\n${table()}\n`);
});
