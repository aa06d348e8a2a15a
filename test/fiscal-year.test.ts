import { describe, expect, it } from 'vitest';
import { formatFiscalYear, formatWarekiFiscalYear, parseFiscalYear, toWareki } from '../src/model/fiscal-year.ts';

describe('和暦 from a Western fiscal year', () => {
  it('reads 2024 as 令和6年度 (2024 − 2018 = 6)', () => {
    expect(toWareki(2024)).toEqual({ era: '令和', year: 6 });
    expect(formatWarekiFiscalYear(2024)).toBe('令和6年度');
  });
  it('names FY2019 令和元年度, the first year of the era', () => {
    expect(formatWarekiFiscalYear(2019)).toBe('令和元年度');
  });
  it('reads 2018 as 平成30年度 (2018 − 1988 = 30)', () => {
    expect(formatWarekiFiscalYear(2018)).toBe('平成30年度');
  });
  it('names FY1989 平成元年度', () => {
    expect(formatWarekiFiscalYear(1989)).toBe('平成元年度');
  });
  it('prints both calendars the way reports do', () => {
    expect(formatFiscalYear(2024)).toBe('令和6年度（2024年度）');
  });
  it('refuses a year before 昭和', () => {
    expect(() => toWareki(1900)).toThrow(RangeError);
  });
});

describe('fiscal years as people type them', () => {
  it.each([
    [2024, 2024],
    ['2024', 2024],
    ['2024年度', 2024],
    ['２０２４年度', 2024],
    ['令和6年度', 2024],
    ['令和６年度', 2024],
    ['令和元年度', 2019],
    ['R6', 2024],
    ['r6', 2024],
    ['H30年度', 2018],
    ['平成30年度', 2018],
    ['平成三十年度', 2018],
    ['平成31年度', 2019],
    ['令和 4 年度', 2022],
  ])('reads %s as %i', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });

  it.each(['', '令和', '令和0年度', 'R', '24', '2024-25', 'FY2024', 3000, 2024.5])('does not read %s', (input) => {
    expect(parseFiscalYear(input)).toBeUndefined();
  });

  it('round-trips every year from 昭和 to 2100', () => {
    for (let year = 1926; year <= 2100; year++) {
      expect(parseFiscalYear(formatWarekiFiscalYear(year))).toBe(year);
    }
  });
});

describe('era years that never were', () => {
  it('refuses 昭和99年度 and 平成36年度, and reads 平成31年度 as documents still write FY2019', () => {
    expect([parseFiscalYear('昭和99年度'), parseFiscalYear('平成36年度'), parseFiscalYear('平成31年度'), parseFiscalYear('昭和63年度')]).toEqual([
      undefined,
      undefined,
      2019,
      1988,
    ]);
  });
});
