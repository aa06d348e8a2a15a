import { describe, expect, it } from 'vitest';
import { cellWidth } from '../../src/collect/cell-width.ts';

describe('the width a workbook row is sized by', () => {
  it('counts ASCII as one half-width character each', () => {
    expect(cellWidth('KPI 12.5%')).toBe(9);
  });

  it('counts kanji, kana and full-width digits as two', () => {
    expect(cellWidth('令和６年度の実績')).toBe(16);
  });

  it('counts half-width digits among kanji as one', () => {
    expect(cellWidth('令和6年度')).toBe(9);
  });

  it('counts half-width katakana as one', () => {
    expect(cellWidth('ｶﾀｶﾅ')).toBe(4);
  });

  it('gives nothing for an empty line or a tab', () => {
    expect(cellWidth('')).toBe(0);
    expect(cellWidth('\t')).toBe(0);
  });
});
