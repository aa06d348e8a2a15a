// Filling lines, with a measure where every character is 1 wide so each expected line is counted
// by hand; and with the printed font, that what is measured is what pdfkit prints.
import { expect, test } from 'vitest';
import { fillLines } from '../../../src/render/text/fill-lines.ts';
import { measurer } from '../../../src/render/pdf/text-measure.ts';

const chars = (text: string) => [...text].length;

test('lines are filled up to the width, breaking only between units', () => {
  expect(fillLines('実績値は1,200件です', 8, chars)).toEqual(['実績値は', '1,200件です']);
});

test('a number wider than what is left of the line moves whole to the next line', () => {
  expect(fillLines('合計は17,098,103件', 12, chars)).toEqual(['合計は', '17,098,103件']);
});

test('a unit wider than the whole line is broken, so nothing is printed past the edge', () => {
  expect(fillLines('https://example.jp/abcdef', 10, chars)).toEqual(['https://ex', 'ample.jp/a', 'bcdef']);
});

test('a space at a line end disappears, and a line never starts with one', () => {
  expect(fillLines('PDCA cycle and more', 10, chars)).toEqual(['PDCA cycle', 'and more']);
});

test('a line break in the text always starts a new line', () => {
  expect(fillLines('一行目\n二行目', 20, chars)).toEqual(['一行目', '二行目']);
});

test('a last line of a single character takes the last unit of the line before', () => {
  expect(fillLines('令和7年度・最終', 7, chars)).toEqual(['令和7年度・', '最終']);
});

test('a last line of one character and its full stop also takes the unit before it', () => {
  expect(fillLines('業務改善を不断で行う。', 9, chars)).toEqual(['業務改善を不断で', '行う。']);
});

test('行頭禁則 pushes the character before a closing mark to the next line with it', () => {
  expect(fillLines('市民の協働を進める。そして', 9, chars)).toEqual(['市民の協働を進め', 'る。そして']);
});

test('widths come from the embedded font: a full-width character is 1 em, a digit narrower', () => {
  const measure = measurer(10);
  expect(measure('一')).toBeCloseTo(10, 5);
  expect(measure('1')).toBeGreaterThan(4);
  expect(measure('1')).toBeLessThan(7);
});

test('a string measures as wide as pdfkit lays it out (fontkit with its default features)', async () => {
  const { create } = await import('fontkit');
  const { readFileSync } = await import('node:fs');
  const { FONT_FILES } = await import('../../../src/render/pdf/fonts.ts');
  const font = create(readFileSync(FONT_FILES.regular)) as import('fontkit').Font;
  for (const text of ['17,098,103件', 'RPAによる職員の業務時間削減数', 'kpi-3-1 PDCA（Web会議）', '令和7年度・最終']) {
    expect(measurer(10)(text)).toBeCloseTo((font.layout(text).advanceWidth / font.unitsPerEm) * 10, 3);
  }
});

test('an ideographic space (字下げ) is text and stays; only ASCII spaces vanish at a break', () => {
  expect(fillLines('\u3000本市は計画を進める。', 20, chars)).toEqual(['\u3000本市は計画を進める。']);
});

test('a last line of one character does not take a unit across a space', () => {
  expect(fillLines('評価は順調 A', 6, chars)).toEqual(['評価は順調', 'A']);
});

test('a unit cut because it is wider than the line keeps the space after it', () => {
  expect(fillLines('https://example.jp/abc を参照', 10, chars)).toEqual(['https://ex', 'ample.jp/a', 'bc を参照']);
});
