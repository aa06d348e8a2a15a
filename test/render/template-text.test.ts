import { expect, test } from 'vitest';
import { coverText, templateBlocks } from '../../src/render/report/template-text.ts';

test('a template heading becomes a heading at the level the section asks for', () => {
  let n = 0;
  const blocks = templateBlocks('# はじめに\n\n本文の\n続き。\n\n- 一つ目\n- 二つ目\n', 2, () => `h${++n}`);
  expect(blocks).toEqual([
    { kind: 'heading', level: 2, text: 'はじめに', id: 'h1', toc: false },
    { kind: 'paragraph', text: '本文の続き。' },
    { kind: 'list', items: ['一つ目', '二つ目'] },
  ]);
});

test('the cover keeps each line as its own line', () => {
  expect(coverText('# 計画\n## 令和6年度\n郡山市\n令和8年11月23日\n')).toEqual({ title: '計画', subtitle: '令和6年度', lines: ['郡山市', '令和8年11月23日'] });
});
