// The generated code of a template set is kept between commands: what runs must always be the code
// of the templates as they are now, and a broken template must still be named when it is loaded.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TEMPLATE_CACHE_DIR } from '../../src/render/templates/compiled-templates.ts';
import { loadTemplates } from '../../src/render/templates/template-set.ts';

/** A template folder holding report/t.hbs. */
async function folderWith(source: string): Promise<{ root: string; write(source: string): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'shinchoku-compiled-'));
  await mkdir(path.join(root, 'report'));
  const write = (s: string) => writeFile(path.join(root, 'report', 't.hbs'), s);
  await write(source);
  return { root, write };
}

/** The kept entry whose code holds `marker`. */
async function entryHolding(marker: string): Promise<string> {
  for (const name of await readdir(TEMPLATE_CACHE_DIR)) {
    const file = path.join(TEMPLATE_CACHE_DIR, name);
    if (name.endsWith('.json') && (await readFile(file, 'utf8')).includes(marker)) return file;
  }
  throw new Error(`no kept entry holds ${marker}`);
}

describe('templates kept compiled between commands', () => {
  test('a set loaded again runs the kept code', async () => {
    const marker = randomUUID();
    const { root } = await folderWith(`${marker} {{name}}`);
    expect(loadTemplates('Asia/Tokyo', root).render('report/t', { name: '郡山市' })).toBe(`${marker} 郡山市`);
    // Proof that the second load reads the entry rather than compiling again: an edit to the kept code shows.
    const entry = await entryHolding(marker);
    await writeFile(entry, (await readFile(entry, 'utf8')).replace(marker, 'kept-code'));
    expect(loadTemplates('Asia/Tokyo', root).render('report/t', { name: '郡山市' })).toBe('kept-code 郡山市');
  });

  test('a changed template is compiled anew', async () => {
    const folder = await folderWith(`${randomUUID()} 一`);
    loadTemplates('Asia/Tokyo', folder.root);
    await folder.write('二 {{name}}');
    expect(loadTemplates('Asia/Tokyo', folder.root).render('report/t', { name: '会津若松市' })).toBe('二 会津若松市');
  });

  test('a template broken after a good version was kept is still named, with its line', async () => {
    const folder = await folderWith(`${randomUUID()} {{name}}`);
    loadTemplates('Asia/Tokyo', folder.root);
    await folder.write('一行目\n{{#if name}}閉じていない');
    expect(() => loadTemplates('Asia/Tokyo', folder.root)).toThrow(/report\/t\.hbs の 2 行目: 書き方に誤りがあります/);
  });

  test('an entry that cannot be read is compiled again', async () => {
    const marker = randomUUID();
    const { root } = await folderWith(`${marker} {{name}}`);
    loadTemplates('Asia/Tokyo', root);
    await writeFile(await entryHolding(marker), `{"report/t.hbs": "{ ${marker} cut sho`);
    expect(loadTemplates('Asia/Tokyo', root).render('report/t', { name: '市' })).toBe(`${marker} 市`);
  });
});
