import { describe, expect, it } from 'vitest';
import type { RightResult } from './engine/evaluate';
import { rightsOverview } from './overview';

function result(id: string, status: RightResult['status'], extra: Partial<RightResult> = {}): RightResult {
  return { id: id as RightResult['id'], status, reasons: [], missing: [], receiving: false, after: [], automatic: false, worthAsking: [], toConfirm: false, ...extra };
}

describe('my rights overview', () => {
  it('puts each right in the group the person expects', () => {
    const overview = rightsOverview(
      [
        result('be-bim', 'eligible', { receiving: true }),
        result('be-grapa', 'eligible'),
        result('be-integration-income', 'eligible'),
        result('be-legal-aid', 'maybe'),
        result('be-heating-allowance', 'not-eligible'),
        result('be-social-internet-offer', 'eligible'),
      ],
      [
        { rightId: 'be-integration-income', status: 'asked', since: '2026-11-01' },
        { rightId: 'be-social-internet-offer', status: 'not-for-me' },
      ],
    );
    const ids = (group: keyof typeof overview.groups) => overview.groups[group].map((card) => card.result.id);
    expect(ids('receiving')).toEqual(['be-bim']);
    expect(ids('asked')).toEqual(['be-integration-income']);
    expect(ids('eligible')).toEqual(['be-grapa']);
    expect(ids('maybe')).toEqual(['be-legal-aid']);
    expect(ids('not-eligible')).toEqual(['be-heating-allowance']);
    expect(ids('declined')).toEqual(['be-social-internet-offer']);
  });

  it('adds up the monthly value of the rights probably due and not claimed, yearly amounts per month', () => {
    const overview = rightsOverview(
      [
        result('be-grapa', 'eligible', { estimate: { amount: 300, per: 'month' } }),
        result('wal-mebar', 'eligible', { estimate: { amount: 2000, per: 'once' } }),
        result('wal-social-water-fund', 'eligible', { estimate: { amount: 120, per: 'year' } }),
        result('be-integration-income', 'eligible', { estimate: { amount: 900, per: 'month' } }),
        result('be-legal-aid', 'maybe', { estimate: { amount: 50, per: 'month' } }),
      ],
      [{ rightId: 'be-integration-income', status: 'asked', since: '2026-11-01' }],
    );
    expect(overview.unclaimedMonthly).toBe(310);
    expect(overview.groups.eligible.map((c) => c.result.id)).toEqual(['be-grapa', 'wal-social-water-fund', 'wal-mebar']);
  });
});
