import { describe, expect, it } from 'vitest';
import { parseAmount } from './parse-amount';

describe('reading an amount as people type it', () => {
  it.each([
    ['650', 650],
    ['1 314,20', 1314.2],
    ['1.314,20', 1314.2],
    ['1,314.20', 1314.2],
    ['1314.2', 1314.2],
    ['1314,5', 1314.5],
    ['1.314', 1314],
    ['650 €', 650],
    ['0', 0],
  ])('reads %s as %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['', 'abc', '-5', '1,2,3', '12.34.5', '€', '1e5'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
