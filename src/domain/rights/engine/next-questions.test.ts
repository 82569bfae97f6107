import { describe, expect, it } from 'vitest';
import { rankMissingFacts } from './next-questions';
import type { RightResult } from './evaluate';

function maybe(id: string, missing: string[], monthly = 0): RightResult {
  return {
    id: id as RightResult['id'],
    status: 'maybe',
    reasons: [],
    missing,
    receiving: false,
    after: [],
    automatic: false,
    worthAsking: [],
    toConfirm: false,
    ...(monthly ? { estimate: { amount: monthly, per: 'month' as const } } : {}),
  };
}

describe('ranking the next questions', () => {
  it('asks first what settles the most rights, then the most money', () => {
    const ranked = rankMissingFacts([
      maybe('be-bim', ['household.members[0].incomes', 'household.postalCode']),
      maybe('be-grapa', ['household.members[0].birthDate'], 300),
      maybe('be-integration-income', ['household.members[0].incomes'], 100),
      maybe('be-legal-aid', ['household.postalCode']),
    ]);
    expect(ranked.map((r) => r.fact)).toEqual(['household.members[0].incomes', 'household.postalCode', 'household.members[0].birthDate']);
    expect(ranked[0]).toMatchObject({ rights: ['be-bim', 'be-integration-income'], monthly: 100 });
  });

  it('ignores rights that are already settled', () => {
    expect(rankMissingFacts([{ ...maybe('be-bim', ['x']), status: 'eligible' }])).toEqual([]);
  });
});
