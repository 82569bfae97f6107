import { describe, expect, it } from 'vitest';
import { combineBounds, parameter, valueOn } from './parameter';

const ceiling = parameter({
  id: 'test.ceiling',
  unit: 'EUR',
  per: 'year',
  direction: 'up',
  checkedOn: '2026-11-22',
  values: [
    { validFrom: '2024-01-01', validUntil: '2024-12-31', value: 100, verified: true, source: 'https://example.org/a' },
    { validFrom: '2025-01-01', validUntil: '2025-12-31', value: 110, verified: true, source: 'https://example.org/b' },
  ],
});

describe('dated parameters', () => {
  it('gives the value in force on the day asked, on both sides of a change', () => {
    expect(valueOn(ceiling, '2024-12-31')).toMatchObject({ value: 100, bound: 'exact' });
    expect(valueOn(ceiling, '2025-01-01')).toMatchObject({ value: 110, bound: 'exact' });
  });

  it('treats an expired value of a rising figure as a lower bound', () => {
    expect(valueOn(ceiling, '2026-06-01')).toMatchObject({ value: 110, bound: 'at-least' });
  });

  it('treats the first known value of a rising figure as an upper bound for earlier days', () => {
    expect(valueOn(ceiling, '2023-06-01')).toMatchObject({ value: 100, bound: 'at-most' });
  });

  it('knows nothing outside its period for a figure that may move either way', () => {
    const flat = parameter({ ...ceiling, direction: undefined });
    expect(valueOn(flat, '2023-06-01')).toBeUndefined();
    expect(valueOn(flat, '2026-06-01')).toMatchObject({ bound: 'unknown' });
  });

  it('combines bounds of a base and an amount per person', () => {
    expect(combineBounds('exact', 'at-least')).toBe('at-least');
    expect(combineBounds('at-least', 'at-most')).toBe('unknown');
    expect(combineBounds('exact', 'exact')).toBe('exact');
  });
});
