import { describe, expect, it } from 'vitest';
import { HELPLINES, helplinesFor, telHref } from './helplines';

describe('helplines', () => {
  it('shows a region its own lines, then the nationwide ones, and nothing of other regions', () => {
    const lines = helplinesFor('flanders').map((line) => line.number);
    expect(lines).toEqual(['1700', '106', '0800 120 33']);
  });

  it('puts first the line for the right the person asks about', () => {
    expect(helplinesFor('brussels', 'be-social-energy-tariff')[0]?.number).toBe('0800 120 33');
    expect(helplinesFor('brussels', 'bru-rent-allowance')[0]?.number).toBe('0800 40 400');
    expect(helplinesFor('brussels', 'be-bim').map((line) => line.number)).toEqual(helplinesFor('brussels').map((line) => line.number));
  });

  it('shows every line when the region is not known yet', () => {
    expect(helplinesFor(undefined)).toHaveLength(HELPLINES.length);
  });

  it('keeps the source of every line', () => {
    for (const line of HELPLINES) expect(line.source).toMatch(/^https:\/\//);
  });

  it('dials the number without its spaces', () => {
    expect(telHref('0800 99 340')).toBe('tel:080099340');
  });
});
