import { describe, expect, it } from 'vitest';
import { readableText } from '../../src/render/report/details.ts';

describe('a table inside a passage of the document', () => {
  it('is read out a row a line, each figure named by its column', () => {
    const text = [
      '調達額は増加した。',
      '| | 目標 | 実績 |',
      '| 令和3年度 | 60万円以上 | 34万円 |',
      '| 令和4年度 | 60万円以上 | 140万円 |',
      '今後も続ける。',
    ].join('\n');
    expect(readableText(text)).toBe(
      ['調達額は増加した。', '令和3年度：目標 60万円以上、実績 34万円', '令和4年度：目標 60万円以上、実績 140万円', '今後も続ける。'].join('\n'),
    );
  });

  it('leaves a passage without bars as it is', () => {
    expect(readableText('【1】市民活動\n・周知した')).toBe('【1】市民活動\n・周知した');
  });
});
