import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { RIGHT_IDS } from './right-ids';

describe('the catalogue', () => {
  it('holds every right of the contract, once, in the contract’s order', () => {
    expect(CATALOGUE.rights.map((right) => right.id)).toEqual([...RIGHT_IDS]);
    expect(RIGHT_IDS).toHaveLength(44);
  });

  it('gives every right its sources, a check date and official names', () => {
    for (const right of CATALOGUE.rights) {
      expect(right.sources.length, right.id).toBeGreaterThan(0);
      for (const source of right.sources) expect(source, right.id).toMatch(/^https?:\/\//);
      expect(right.checkedOn, right.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(right.officialNames).length, right.id).toBeGreaterThan(0);
      expect(right.claim.steps, right.id).toBeGreaterThan(0);
    }
  });

  it('puts a region-bound right out of reach of households elsewhere', () => {
    const prefixes = { 'wal-': 'wallonia', 'bru-': 'brussels', 'vl-': 'flanders', 'dg-': 'german-speaking' } as const;
    for (const right of CATALOGUE.rights) {
      const region = Object.entries(prefixes).find(([prefix]) => right.id.startsWith(prefix))?.[1];
      if (region) expect(right.level, right.id).toBe(region);
    }
  });
});
