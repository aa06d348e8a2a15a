// Where a line may break, on real strings from the seeds: each expected list is written by hand
// from JIS X 4051 / JLREQ (分離禁止, 行頭禁則, 行末禁則), not produced by the code.
import { expect, test } from 'vitest';
import { units } from '../../../src/render/text/line-break.ts';

test.each([
  ['17,098,103件', ['17,098,103件']],
  ['243,091,894円', ['243,091,894円']],
  ['6,231,417.75千円', ['6,231,417.75千円']],
  ['13,094,132KWh', ['13,094,132KWh']],
])('a number with its separators, decimals and unit is one unit: %s', (text, expected) => {
  expect(units(text)).toEqual(expected);
});

test.each([
  ['489,000千円※', ['489,000千円※']],
  ['18,383時間※', ['18,383時間※']],
  ['8.93%※', ['8.93%※']],
])('a ※ stays with the figure it marks: %s', (text, expected) => {
  expect(units(text)).toEqual(expected);
});

test.each([
  ['−80人', ['−80人']],
  ['△1,200千円', ['△1,200千円']],
  ['99.1%以上', ['99.1%以上']],
  ['65歳以上', ['65歳以上']],
  ['3か所', ['3か所']],
])('a sign, and 以上 or 以下 after the unit, belong to the number: %s', (text, expected) => {
  expect(units(text)).toEqual(expected);
});

test('an id with hyphens is one unit', () => {
  expect(units('3-2-2-10の指標')).toEqual(['3-2-2-10', 'の', '指', '標']);
});

test('a Latin id, a word and a URL are one unit each, and break after their space', () => {
  expect(units('kpi-3-1 は PDCA で https://www.city.koriyama.lg.jp/soshiki/ を見る')).toEqual([
    'kpi-3-1 ',
    'は ',
    'PDCA ',
    'で ',
    'https://www.city.koriyama.lg.jp/soshiki/ ',
    'を',
    '見',
    'る',
  ]);
});

test('a date in 和暦 is one unit', () => {
  expect(units('令和6年4月1日から')).toEqual(['令和6年4月1日', 'か', 'ら']);
});

test('a range with 〜 is not split on either side of the 〜', () => {
  expect(units('2022〜2025年度')).toEqual(['2022〜2025年度']);
});

test('closing brackets and punctuation never start a line (行頭禁則)', () => {
  expect(units('「協働」の推進。')).toEqual(['「協', '働」', 'の', '推', '進。']);
  expect(units('市民、団体・企業')).toEqual(['市', '民、', '団', '体・', '企', '業']);
});

test('small kana and the long vowel mark never start a line', () => {
  expect(units('ニーズ・ウォッチ')).toEqual(['ニー', 'ズ・', 'ウォッ', 'チ']);
});

test('opening brackets never end a line (行末禁則)', () => {
  expect(units('目標（3件）です')).toEqual(['目', '標', '（3件）', 'で', 'す']);
});

test('an ellipsis or a dash pair is never split (分離禁止), though a line may break before it', () => {
  expect(units('検討中……継続——見直し')).toEqual(['検', '討', '中', '……', '継', '続', '——', '見', '直', 'し']);
});

test('an ordinary kanji run may break between any two characters', () => {
  expect(units('公民協奏の推進')).toEqual(['公', '民', '協', '奏', 'の', '推', '進']);
});

test('a numbered name stays whole: the number after a kanji or katakana word', () => {
  expect(units('基本方針1 協働')).toEqual(['基', '本', '方', '針1 ', '協', '働']);
  expect(units('目標は5件')).toEqual(['目', '標', 'は', '5件']);
});

test('a ※ stays with its number, and a variation selector with its kanji', () => {
  expect(units('注記※1')).toEqual(['注', '記※1']);
  expect(units('葛\u{e0100}城')).toEqual(['葛\u{e0100}', '城']);
});

test('half-width small kana, voicing marks and punctuation never start a line', () => {
  expect(units('ｶﾞｯｺｰ｡')).toEqual(['ｶﾞｯ', 'ｺｰ｡']);
});
