import { expect, test } from 'vitest';
import type { ReportDocument } from '../../src/render/report/blocks.ts';
import { findMissingGlyphs } from '../../src/render/pdf/missing-glyphs.ts';

const doc = (body: ReportDocument['body']): ReportDocument => ({
  info: { title: '計画', author: 'テスト市', subject: '', keywords: '' },
  runningTitle: '計画',
  cover: { title: '計画', subtitle: '令和6年度', lines: [] },
  tocTitle: '目次',
  body,
  duplex: false,
});

test('Japanese text, ①, ※, ◎○△× and the minus sign all have glyphs', () => {
  expect(findMissingGlyphs(doc([{ kind: 'paragraph', text: '①髙橋※◎○△×−±〜「」（）％' }]))).toEqual([]);
});

test('a character the font lacks is listed with its code point, the heading above it and the text around it', () => {
  const missing = findMissingGlyphs(
    doc([
      { kind: 'heading', level: 1, text: '基本方針1 ひとづくり', id: 'h1' },
      { kind: 'heading', level: 2, text: '基本施策1 人材の育成', id: 'h2' },
      { kind: 'table', columns: [{ header: '指標', prose: true }], rows: [[{ text: '🙂満足度' }]] },
    ]),
  );
  expect(missing).toEqual([
    { kind: 'missing', char: '🙂', codePoint: 'U+1F642', where: '「基本方針1 ひとづくり > 基本施策1 人材の育成」', context: '🙂満足度' },
  ]);
});
