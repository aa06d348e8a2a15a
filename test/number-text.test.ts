import { describe, expect, it } from 'vitest';
import { readNumber } from '../src/model/number-text.ts';

describe('numbers typed by people', () => {
  it.each([
    ['3,400', 3400],
    ['17,098,103', 17098103],
    ['１２３', 123],
    ['１，２３４', 1234],
    ['△5', -5],
    ['▲1,500', -1500],
    ['-2.5', -2.5],
    ['78.2', 78.2],
    [' 42 ', 42],
    [0, 0],
    ['0', 0],
  ])('reads %s as %d', (input, expected) => {
    expect(readNumber(input)).toEqual({ kind: 'number', value: expected });
  });

  it.each(['', ' ', '-', '－', '―', 'ー', null, undefined])('treats %s as absent, never 0', (input) => {
    expect(readNumber(input)).toEqual({ kind: 'absent' });
  });

  it.each(['3,400人', '約493万人', '1,23', 'abc', '1.2.3'])('refuses %s (units go in their own field)', (input) => {
    expect(readNumber(input).kind).toBe('invalid');
  });
});

describe('figures no document prints', () => {
  it.each([['9'.repeat(400)], ['1,000,000,000,000,000'], [1e23], [-1e15]])('refuses %s as too many digits', (input) => {
    expect(readNumber(input).kind).toBe('too-large');
  });

  it('reads the largest figure it accepts (999兆…)', () => {
    expect(readNumber('999,999,999,999,999')).toEqual({ kind: 'number', value: 999999999999999 });
  });

  it.each([Number.POSITIVE_INFINITY, Number.NaN])('refuses %s', (input) => {
    expect(readNumber(input).kind).toBe('invalid');
  });
});
