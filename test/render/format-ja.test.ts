import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatQuantity, formatSigned } from '../../src/render/format-ja.ts';

describe('printed figures', () => {
  it('keep the decimals the figure has, with 桁区切り', () => {
    expect([formatNumber(17098103), formatNumber(94.34), formatNumber(1.05), formatNumber(7819291)]).toEqual(['17,098,103', '94.34', '1.05', '7,819,291']);
  });

  it('never print −0', () => {
    expect([formatNumber(-0), formatSigned(-0, '回'), formatQuantity(-0, '回'), formatNumber(-0.04, 1)]).toEqual(['0', '±0', '0回', '0.0']);
  });

  it('print a large percentage with 桁区切り, never in exponent form', () => {
    expect(formatPercent(76.9e3)).toBe('7,690,000.0%');
  });

  it('refuse to print what is not a number: that is a bug upstream, not a figure', () => {
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    expect(() => formatSigned(Number.NEGATIVE_INFINITY, '件')).toThrow(RangeError);
  });
});

describe('figures left with a trace of arithmetic', () => {
  it('print as zero, never −0 (−1e−9 回, a difference of −0.000000001)', () => {
    expect([formatNumber(-1e-9), formatSigned(-1e-9, '回'), formatQuantity(-1e-9, '%')]).toEqual(['0', '±0', '0%']);
  });

  it('round percentages half away from zero as 四捨五入 does: 201 ÷ 400 = 50.25% → 50.3%', () => {
    expect(formatPercent(201 / 400)).toBe('50.3%');
  });
});
