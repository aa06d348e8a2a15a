import { describe, expect, it } from 'vitest';
import { cell, type Column } from '../../src/render/report/blocks.ts';
import { withLongTextsBelow } from '../../src/render/report/table-fit.ts';

const columns: Column[] = [{ header: '指標', prose: true }, { header: '目標値', align: 'right' }, { header: '状況' }];

describe('texts too long for a figure column', () => {
  it('keeps a figure in its column, however many digits it has', () => {
    expect(withLongTextsBelow(columns, [[cell('人件費削減額'), cell('17,098,103千円'), cell('△ 遅れ')]], 0)).toEqual({
      rows: [[cell('人件費削減額'), cell('17,098,103千円'), cell('△ 遅れ')]],
    });
  });

  it('moves a phrase of words under its row, 「下記」 in the cell', () => {
    const fitted = withLongTextsBelow(columns, [[cell('施設数'), cell('施設方針に基づく実施'), cell('－ 照会前')]], 0);
    expect(fitted).toEqual({ rows: [[cell('施設数'), cell('下記'), cell('－ 照会前')]], rowNotes: ['目標値：施設方針に基づく実施'] });
  });

  it('says 「指標名のとおり」 when the target is the indicator’s own name', () => {
    const fitted = withLongTextsBelow(columns, [[cell('施設方針に基づく事業の実施'), cell('施設方針に基づく事業の実施'), cell('－ 照会前')]], 0);
    expect(fitted.rows[0]![1]!.text).toBe('指標名のとおり');
  });

  it('leaves a short state in the 状況 column, which holds words', () => {
    const fitted = withLongTextsBelow(columns, [[cell('施設数'), cell('10施設'), cell('－ 評価対象外です')]], 0);
    expect(fitted.rows[0]![2]!.text).toBe('－ 評価対象外です');
  });
});
