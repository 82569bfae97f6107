import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

// Inside the period of the thresholds of 1 September 2025 (until 31 August 2026).
const ON = '2026-01-15';
const known = { residence: 'belgian' as const, statuses: [], statusesComplete: true };
const adult = (on = ON) => aHousehold(on).inWallonia().belgian().aged(40).statusesComplete().living('private-rent');
const alone = (net: number, on = ON) => adult(on).earning(['employment', net]);
const couple = (net: number) => adult().earning(['employment', net]).withPartner({ ...known, age: 40, incomes: [] });
const parent = (net: number, children: number) => {
  const household = adult().earning(['employment', net]).withSingleParent();
  for (let i = 0; i < children; i += 1) household.withChild({ ...known, age: 8, incomes: [] });
  return household;
};

describe('aide juridique de deuxième ligne (be-legal-aid)', () => {
  it('is totally free for a person living alone up to 1 612 € net a month, to the cent', () => {
    const result = evaluateRight('be-legal-aid', alone(1612).build(), ON);
    expect(result).toMatchObject({ status: 'eligible', automatic: false, receiving: false });
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['legalAid.isolated', 'legalAid.totallyFree']));
  });

  it('is partly free for a person living alone from one euro above 1 612 € up to 1 920 €', () => {
    for (const net of [1613, 1920]) {
      const result = evaluateRight('be-legal-aid', alone(net).build(), ON);
      expect(result.status).toBe('eligible');
      expect(reasonKeys(result)).toContain('legalAid.partlyFree');
      expect(reasonKeys(result)).not.toContain('legalAid.totallyFree');
    }
  });

  it('is refused to a person living alone one euro above 1 920 €', () => {
    const result = evaluateRight('be-legal-aid', alone(1921).build(), ON);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('income.above');
  });

  it('uses the household thresholds for a couple: totally free up to 1 920 €, partly up to 2 226 €', () => {
    expect(reasonKeys(evaluateRight('be-legal-aid', couple(1920).build(), ON))).toEqual(
      expect.arrayContaining(['legalAid.household', 'legalAid.totallyFree']),
    );
    expect(reasonKeys(evaluateRight('be-legal-aid', couple(1921).build(), ON))).toContain('legalAid.partlyFree');
    expect(reasonKeys(evaluateRight('be-legal-aid', couple(2226).build(), ON))).toContain('legalAid.partlyFree');
    expect(evaluateRight('be-legal-aid', couple(2227).build(), ON).status).toBe('not-eligible');
  });

  it('counts the income of everyone living in the household', () => {
    const profile = adult().earning(['employment', 1000]).withMember('other', { ...known, age: 50, incomes: [{ kind: 'pension', monthly: 1300 }] }).build();
    expect(evaluateRight('be-legal-aid', profile, ON).status).toBe('not-eligible');
  });

  it('does not count family allowances', () => {
    // 1 900 € of wage and 300 € of family allowances: only the 1 900 € count, under 1 920 €.
    const withAllowance = adult().earning(['employment', 1900], ['child-benefit', 300]).withChild({ ...known, age: 8, incomes: [] }).build();
    expect(reasonKeys(evaluateRight('be-legal-aid', withAllowance, ON))).toContain('legalAid.totallyFree');
  });

  it('asks to confirm when only the unconfirmed deduction per child could bring the income under the threshold', () => {
    // 2 400 € is above 2 226 €; minus 2 × 20 % of the family RIS (2 × 355,21 €) it would be under.
    const result = evaluateRight('be-legal-aid', parent(2400, 2).build(), ON);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true, missing: [] });
    expect(reasonKeys(result)).toContain('legalAid.dependantDeduction');
  });

  it('is refused when even the most generous deduction per child leaves the income above the threshold', () => {
    // 2 937 € minus 2 × 355,21 € is 2 226,58 €, above 2 226 €.
    expect(evaluateRight('be-legal-aid', parent(2937, 2).build(), ON).status).toBe('not-eligible');
    expect(evaluateRight('be-legal-aid', parent(2936, 2).build(), ON).status).toBe('maybe');
  });

  it('says a partly free lawyer may become totally free once the deduction per child is known', () => {
    const result = evaluateRight('be-legal-aid', parent(2000, 1).build(), ON);
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['legalAid.partlyFree', 'legalAid.maybeTotallyWithDeduction']));
  });

  it.each([
    ['integration-income', 40],
    ['social-aid', 40],
    ['grapa', 70],
    ['disability-allowance', 40],
  ] as const)('is totally free whatever the income for someone who receives %s', (kind, age) => {
    const profile = adult().aged(age).earning([kind, 900]).withPartner({ ...known, age, incomes: [{ kind: 'employment', monthly: 3500 }] }).build();
    const result = evaluateRight('be-legal-aid', profile, ON);
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toEqual(expect.arrayContaining(['legalAid.presumedWithoutMeans', 'legalAid.totallyFree']));
  });

  it('asks to confirm with the office for a social tenant whose income is above the thresholds', () => {
    const result = evaluateRight('be-legal-aid', alone(3000).living('social-rent').build(), ON);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(result)).toContain('legalAid.socialTenant');
  });

  it('asks whether the household rents a social dwelling when the income is above the thresholds', () => {
    const profile = aHousehold(ON).inWallonia().belgian().aged(40).statusesComplete().earning(['employment', 3000]).build();
    expect(evaluateRight('be-legal-aid', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.housing.tenure'] });
  });

  it.each([
    ['a minor', alone(3000).aged(17), 'legalAid.minorToConfirm'],
    ['an asylum seeker', alone(3000).person({ residence: 'asylum-seeker' }), 'legalAid.asylumSeekerToConfirm'],
    ['a person in collective debt settlement', alone(3000).withStatuses('debt-mediation').statusesComplete(), 'legalAid.debtSettlementToConfirm'],
  ])('asks to confirm for %s, whose presumption the research could not confirm', (_, household, key) => {
    const result = evaluateRight('be-legal-aid', household.build(), ON);
    expect(result).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(result)).toContain(key);
  });

  it('asks for the incomes of everyone in the household when they are not known', () => {
    const profile = adult().withPartner({ ...known, age: 40 }).build();
    const result = evaluateRight('be-legal-aid', profile, ON);
    expect(result.status).toBe('maybe');
    expect(result.missing).toEqual(expect.arrayContaining(['household.members[0].incomes', 'household.members[1].incomes']));
  });

  it('estimates a net income from a gross wage, and asks for the net when the estimate is close', () => {
    expect(reasonKeys(evaluateRight('be-legal-aid', adult().earning(['employment', 1200, 'gross']).build(), ON))).toContain('legalAid.totallyFree');
    expect(evaluateRight('be-legal-aid', adult().earning(['employment', 2000, 'gross']).build(), ON)).toMatchObject({
      status: 'maybe',
      missing: ['household.members[0].incomes'],
    });
  });

  it('uses the thresholds of 1 September 2025 from that day, and asks to confirm the day before', () => {
    expect(evaluateRight('be-legal-aid', alone(1500, '2025-09-01').build(), '2025-09-01').status).toBe('eligible');
    expect(evaluateRight('be-legal-aid', alone(1500, '2025-08-31').build(), '2025-08-31')).toMatchObject({ status: 'maybe', toConfirm: true });
    // Thresholds only rise: above the September 2025 one, an income was above the older one too.
    expect(evaluateRight('be-legal-aid', alone(1921, '2025-08-31').build(), '2025-08-31').status).toBe('not-eligible');
  });

  it('after August 2026, grants under the old thresholds and asks to confirm above them', () => {
    const today = '2026-11-22';
    expect(reasonKeys(evaluateRight('be-legal-aid', alone(1612, today).build(), today))).toContain('legalAid.totallyFree');
    expect(reasonKeys(evaluateRight('be-legal-aid', alone(1700, today).build(), today))).toContain('legalAid.atLeastPartlyFree');
    const above = evaluateRight('be-legal-aid', alone(1921, today).build(), today);
    expect(above).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(reasonKeys(above)).toContain('income.aboveOldCeiling');
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('be-legal-aid', aHousehold(ON).build(), ON).worthAsking).toEqual([
      'legalAid.conflictOfInterest',
      'legalAid.courtCosts',
      'legalAid.firstLineFree',
    ]);
  });
});
