import { describe, expect, test } from 'vitest';
import { measureAt } from '../../src/render/charts/chart-text.ts';
import { breakCost, wrapLabel } from '../../src/render/charts/label-wrap.ts';

/** A stand-in for the font: 1 a full-width character, 0.5 an ASCII one or a space. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

describe('a category label wrapped over lines', () => {
  test('that fits stays on one line', () => {
    expect(wrapLabel('計画全体', 6, measure)).toEqual(['計画全体']);
  });

  test('breaks after a particle rather than inside a word, and never leaves one character alone (公民協奏の / 推進)', () => {
    // 7 characters in 6: 「公民協奏の推 / 進」 would leave 進 alone; after の is a phrase boundary.
    expect(wrapLabel('公民協奏の推進', 6, measure)).toEqual(['公民協奏の', '推進']);
  });

  test('breaks where a phrase ends: 子どもたちの / 未来', () => {
    expect(wrapLabel('子どもたちの未来', 6, measure)).toEqual(['子どもたちの', '未来']);
  });

  test('keeps a number with what it counts: 第12章 is never split', () => {
    // 第 1 + 1 0.5 + 2 0.5 + 章 1 = 3: the only place to break is after 章.
    expect(wrapLabel('第12章の概要', 3, measure)).toEqual(['第12章', 'の概要']);
  });

  test('breaks at a space and drops it', () => {
    expect(wrapLabel('基本目標1 教育の充実', 6, measure)).toEqual(['基本目標1', '教育の充実']);
  });

  test('breaks between Japanese characters and numbers or ASCII words only where 禁則 allows', () => {
    expect(breakCost('2', '章')).toBeUndefined();
    expect(breakCost('D', 'X')).toBeUndefined();
    expect(breakCost('安', '・')).toBeUndefined(); // ・ never starts a line
    expect(breakCost('（', 'D')).toBeUndefined(); // （ never ends one
    expect(breakCost('・', '安')).toBe(0);
    expect(breakCost('の', '推')).toBe(0);
  });

  test('is cut with 「…」 only when it cannot be set in the lines allowed', () => {
    const lines = wrapLabel('あいうえおかきくけこ', 3, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(3);
  });

  test('of the real names in 8 pt at 143 pt: two lines each, broken at phrase ends', () => {
    const m = measureAt(8);
    expect(wrapLabel('基本目標1 DXに対応した生産性の向上と魅力ある雇用環境の創出', 143, m)).toEqual([
      '基本目標1 DXに対応した生産性の',
      '向上と魅力ある雇用環境の創出',
    ]);
    expect(wrapLabel('第2章 健康で生きがいを持って暮らせるまち', 100, m)).toEqual(['第2章 健康で生きがいを', '持って暮らせるまち']);
  });
});
