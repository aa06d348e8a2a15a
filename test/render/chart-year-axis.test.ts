import { describe, expect, test } from 'vitest';
import { placeYearLabels, planYearAxis, warekiShort, yearAxisTitle, yearTickLabels } from '../../src/render/charts/year-axis.ts';

/** A stand-in for the font: 6 pt a character, 3 pt a space. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (ch === ' ' ? 3 : 6), 0);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('the fiscal-year axis', () => {
  test("names years by their short 和暦, 元 for an era's first year", () => {
    expect([2016, 2018, 2019, 2024].map(warekiShort)).toEqual(['H28', 'H30', 'R元', 'R6']);
  });

  test('title gives the 西暦 of the report year', () => {
    expect(yearAxisTitle(range(2021, 2025), 2024)).toBe('年度（R6＝2024年度）');
  });

  test('title also anchors an earlier era on the axis, by its last year there', () => {
    expect(yearAxisTitle(range(2010, 2025), 2024)).toBe('年度（H30＝2018年度、R6＝2024年度）');
  });

  test('keeps 「R6」 over 「2024」 while every 西暦 clears its neighbours', () => {
    // 2024 is 24 pt wide here: needs 24 + 4 pt between years.
    expect(planYearAxis(range(2021, 2025), 2024, 28, measure)).toEqual({ twoLine: true });
    expect(yearTickLabels(range(2021, 2025), 2024, { twoLine: true }, 28, measure)[3]).toEqual(['R6', '2024']);
  });

  test('falls back to 和暦 alone with the title when the 西暦 would run together', () => {
    expect(planYearAxis(range(2010, 2025), 2024, 12.5, measure)).toEqual({ twoLine: false, title: '年度（H30＝2018年度、R6＝2024年度）' });
  });

  test('for 16 years 12.5 pt apart labels every second year from the report year, the first, and the last beside its year', () => {
    // H22…H30 are 18 pt wide, R元…R7 12 pt: 18 + 4 pt of room needs every second year (k = 2),
    // counted from R6 (index 14); R7 centred would touch R6 (12.5 < 12 + 4), so it sits to the right of its year.
    const widths = range(2010, 2025).map((y) => measure(warekiShort(y)));
    const placed = placeYearLabels(widths, 12.5, 14);
    expect(placed.map((p, i) => (p === 'hidden' ? null : `${i}:${p}`)).filter(Boolean)).toEqual([
      '0:centre',
      '2:centre',
      '4:centre',
      '6:centre',
      '8:centre',
      '10:centre',
      '12:centre',
      '14:centre',
      '15:right',
    ]);
  });

  test('puts the first year to the left of its tick when it would touch the report year', () => {
    expect(placeYearLabels([12, 12, 12], 12.5, 1)).toEqual(['left', 'centre', 'right']);
  });

  test('a label beside its year is padded with spaces as wide as itself, and hidden years get an empty label', () => {
    const labels = yearTickLabels(range(2010, 2025), 2024, { twoLine: false }, 12.5, measure);
    expect(labels[0]).toBe('H22');
    expect(labels[1]).toBe('');
    expect(labels[14]).toBe('R6');
    // 「R7」 is 12 pt; 4 spaces of 3 pt put it just right of its year.
    expect(labels[15]).toBe('    R7');
  });
});
