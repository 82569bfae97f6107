import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';
import { once } from '../engine/money';

const adult = (asOf?: string) => aHousehold(asOf).inWallonia().belgian().aged(40).statusesComplete();

describe('ticket Article 27 (fwb-article-27)', () => {
  it.each(['integration-income', 'social-aid'] as const)('is for someone who receives %s from the CPAS, through a partner', (kind) => {
    const result = evaluateRight('fwb-article-27', adult().earning([kind, 1314.2]).build());
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false, after: [] });
    expect(reasonKeys(result)).toContain(`receives.${kind}`);
  });

  it('always says it is not a legal entitlement and depends on the partner', () => {
    expect(evaluateRight('fwb-article-27', adult().earning(['integration-income', 1314.2]).build()).worthAsking).toEqual([
      'article27.noEntitlement',
      'article27.dependsOnPartner',
    ]);
  });

  it('counts the CPAS aid of a partner, or of a parent living with the family', () => {
    const aid = { incomes: [{ kind: 'integration-income' as const, monthly: 876.13 }] };
    const withPartner = adult().earning(['employment', 4000]).withPartner({ age: 40, residence: 'belgian', ...aid }).build();
    expect(evaluateRight('fwb-article-27', withPartner)).toMatchObject({ status: 'eligible', after: [] });
    const withParent = adult().earning(['employment', 4000]).withMember('parent', { age: 70, residence: 'belgian', ...aid }).build();
    expect(evaluateRight('fwb-article-27', withParent)).toMatchObject({ status: 'eligible', after: [] });
  });

  it('says to ask for the revenu d’intégration first when that would open it', () => {
    expect(evaluateRight('fwb-article-27', adult().earning().build())).toMatchObject({ status: 'eligible', after: ['be-integration-income'] });
  });

  it('is not for a household with a good income, but points to associations that help', () => {
    const result = evaluateRight('fwb-article-27', adult().earning(['employment', 4000]).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('article27.forPeopleHelpedBySocialServices');
  });

  it('is a maybe asking for incomes when nothing is known', () => {
    const result = evaluateRight('fwb-article-27', aHousehold().inBrussels().build());
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.members[0].incomes');
  });

  it('works in Brussels too', () => {
    expect(evaluateRight('fwb-article-27', aHousehold().inBrussels().belgian().aged(40).earning(['social-aid', 1314.2]).build()).status).toBe('eligible');
  });

  it.each([
    ['Flanders', aHousehold().inFlanders()],
    ['the German-speaking Community', aHousehold().inGermanSpeakingCommunity()],
  ])('is not for %s', (_, household) => {
    const result = evaluateRight('fwb-article-27', household.aged(40).earning(['integration-income', 1314.2]).build());
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('region.other');
  });

  it('asks the postal code when the region is not known', () => {
    expect(evaluateRight('fwb-article-27', aHousehold().aged(40).earning(['integration-income', 1314.2]).build())).toMatchObject({
      status: 'maybe',
      missing: ['household.postalCode'],
    });
  });

  it('gives the 1,25 € price and the end of federal CPAS funding from January 2026, and neither before', () => {
    const on = (day: string) => evaluateRight('fwb-article-27', adult(day).earning(['integration-income', 1314.2]).build(), day);
    const before = on('2025-12-31');
    expect(before.status).toBe('eligible');
    expect(reasonKeys(before)).not.toContain('article27.ticketPrice');
    expect(reasonKeys(before)).not.toContain('article27.cpasFundingCut');
    const from = on('2026-01-01');
    expect(from.reasons.find((r) => r.key === 'article27.ticketPrice')?.values).toEqual({ price: once(1.25) });
    expect(reasonKeys(from)).toContain('article27.cpasFundingCut');
    expect(from.estimate).toBeUndefined();
  });
});
