import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_TEMPLATES, loadTemplates } from '../../src/render/templates/template-set.ts';

/** A template folder holding report/t.hbs with `source`. */
async function withTemplate(source: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'shinchoku-templates-'));
  await mkdir(path.join(root, 'report'));
  await writeFile(path.join(root, 'report', 't.hbs'), source);
  return loadTemplates('Asia/Tokyo', root);
}

const render = async (source: string, data: object) => (await withTemplate(source)).render('report/t', data);

describe('template helpers', () => {
  test('format numbers, quantities, signed differences and percentages the Japanese way', async () => {
    expect(await render('{{number n}} {{quantity n "人"}} {{signed d "日"}} {{percent r}}', { n: 17098103, d: -5.7, r: 0.8235 })).toBe(
      '17,098,103 17,098,103人 −5.7日 82.4%',
    );
  });

  test('print fiscal years in 和暦 with 西暦, and dates in Japan time', async () => {
    const out = await render('{{fiscalYear y}}|{{wareki 2019}}|{{date d}} {{time d}}', { y: 2024, d: '2026-11-22T15:30:00Z' });
    expect(out).toBe('令和6年度（2024年度）|令和元年度|令和8年11月23日 00:30');
  });

  test('do not HTML-escape text meant for a PDF', async () => {
    expect(await render('{{name}}', { name: '<A&B>「C」' })).toBe('<A&B>「C」');
  });
});

describe('a template that cannot be rendered fails, naming the file and line', () => {
  test('a missing variable', async () => {
    const t = await withTemplate('一行目\n二行目 {{plan.titel}}');
    expect(() => t.render('report/t', { plan: { title: 'x' } })).toThrow(/report\/t\.hbs の 2 行目: 「titel」という値はありません/);
  });

  test('a helper given a missing value, instead of printing NaN', async () => {
    const t = await withTemplate('\n\n{{percent counts.share}}');
    expect(() => t.render('report/t', { counts: {} })).toThrow(/report\/t\.hbs の 3 行目: \{\{percent\}\} に渡された値がありません/);
  });

  test('a helper given something that is not a number', async () => {
    const t = await withTemplate('{{number n}}');
    expect(() => t.render('report/t', { n: Number.NaN })).toThrow(/「NaN」は数値ではありません/);
    expect(() => t.render('report/t', { n: '12' })).toThrow(/「12」は数値ではありません/);
  });

  test('an unknown helper, when the templates are loaded, listing the ones there are', async () => {
    await expect(withTemplate('{{yen n}}')).rejects.toThrow(/report\/t\.hbs の 1 行目: 「yen」というヘルパーはありません。使えるもの: number/);
  });

  test('a syntax error, when the templates are loaded, before any work is done', async () => {
    await expect(withTemplate('{{#if a}}\n閉じていない')).rejects.toThrow(/report\/t\.hbs の 2 行目: 書き方に誤りがあります/);
  });

  test('a prototype property such as constructor is not reachable', async () => {
    const t = await withTemplate('{{constructor}}{{plan.__proto__}}');
    expect(() => t.render('report/t', { plan: {} })).toThrow(/「constructor」という値はありません/);
  });
});

test('asking for a template that does not exist names the file', async () => {
  const templates = loadTemplates('Asia/Tokyo', BUNDLED_TEMPLATES);
  expect(() => templates.render('report/missing', {})).toThrow(/report\/missing\.hbs: ファイルがありません/);
});

describe('template mistakes are explained in Japanese, not in the library’s English', () => {
  test.each([
    ['a partial, which templates cannot use', '{{> header}}', '「{{> header}}」の部品（パーシャル）はありません。テンプレートでは {{> }} は使えません'],
    ['{{log}}, which would write to the console', '\n{{log "x"}}', 'の 2 行目: {{log}} は報告書の文言には使えません'],
    ['{{lookup}}, which reaches around the data', '{{lookup . "constructor"}}', '{{lookup}} は報告書の文言には使えません'],
  ])('%s', async (_, source, message) => {
    const t = await withTemplate(source);
    expect(() => t.render('report/t', {})).toThrow(message);
  });

  test('a parse error shows the template’s own line with a caret, and none of the parser’s expectations', async () => {
    const error = await withTemplate('a {{#if x}} b').catch((e: Error) => e);
    expect(
      (error as Error).message.endsWith(
        't.hbs の 1 行目: 書き方に誤りがあります（{{ }} の対応や #if・#each の閉じ忘れを確認してください）\na {{#if x}} b\n-------------^',
      ),
    ).toBe(true);
    expect((error as Error).message).not.toContain('Expecting');
  });
});
