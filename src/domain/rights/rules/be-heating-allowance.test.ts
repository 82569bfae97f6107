import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2025-06-01';
const base = () => aHousehold(ON).inWallonia().belgian().aged(45).statusesComplete().heatedWith('heating-oil');
const partner = { age: 45, incomes: [], statuses: [], statusesComplete: true };

describe('allocation de chauffage (be-heating-allowance)', () => {
  it('is not for natural gas, electricity or wood', () => {
    const result = evaluateRight('be-heating-allowance', base().heatedWith('natural-gas').earning().build(), ON);
    expect(result.status).toBe('not-eligible');
    expect(reasonKeys(result)).toContain('heating.fuelNotCovered');
  });

  it('asks how the home is heated before anything else is known', () => {
    const result = evaluateRight('be-heating-allowance', aHousehold(ON).build(), ON);
    expect(result.status).toBe('maybe');
    expect(result.missing).toContain('household.housing.heating');
  });

  it('is granted without income check to a single person who already has BIM', () => {
    const profile = base().withStatuses('bim').statusesComplete().earning(['pension', 3000]).build();
    const result = evaluateRight('be-heating-allowance', profile, ON);
    expect(result.status).toBe('eligible');
    expect(reasonKeys(result)).toContain('heating.livesAlone');
  });

  it('is granted when everyone in the household has BIM', () => {
    const profile = base()
      .withStatuses('bim')
      .earning(['pension', 3000])
      .withPartner({ ...partner, statuses: ['bim'] })
      .build();
    expect(evaluateRight('be-heating-allowance', profile, ON).status).toBe('eligible');
  });

  it('says "ask for BIM first" when BIM is what opens it', () => {
    // 25 000 € is above the heating ceiling (24 814,75 €) but under the BIM one (25 630,67 €).
    const profile = base().earning(['employment', 1950]).withTaxableIncome(2024, 25_000).build();
    const result = evaluateRight('be-heating-allowance', profile, ON);
    expect(result).toMatchObject({ status: 'eligible', after: ['be-bim'] });
  });

  it('is granted up to the income ceiling, to the cent, and refused one euro above', () => {
    const at = (gross: number) =>
      evaluateRight('be-heating-allowance', base().earning(['employment', 1900]).withPartner(partner).withTaxableIncome(2024, gross).build(), ON);
    expect(at(24_814.75).status).toBe('eligible');
    expect(at(24_815.75).status).toBe('not-eligible');
  });

  it('raises the ceiling by 4 591,85 € per dependant child', () => {
    const profile = base().earning(['employment', 2300]).withPartner(partner).withChild({ age: 3, incomes: [] }).withTaxableIncome(2024, 29_406.6).build();
    expect(evaluateRight('be-heating-allowance', profile, ON).status).toBe('eligible');
  });

  it('uses the ceiling in force on the day asked', () => {
    // 24 500 € is over the ceiling before 1 February 2025 (24 328,19 €) and under it after.
    const profile = (on: string) =>
      base().earning(['employment', 1900]).withPartner(partner).withTaxableIncome(Number(on.slice(0, 4)) - 1, 24_500).build();
    expect(evaluateRight('be-heating-allowance', profile('2025-01-15'), '2025-01-15').status).toBe('not-eligible');
    expect(evaluateRight('be-heating-allowance', profile('2025-03-01'), '2025-03-01').status).toBe('eligible');
  });

  it('is granted to a household in debt mediation whatever its income', () => {
    const profile = base().withStatuses('debt-mediation').statusesComplete().earning(['employment', 4000]).withPartner(partner).build();
    expect(evaluateRight('be-heating-allowance', profile, ON).status).toBe('eligible');
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('be-heating-allowance', aHousehold(ON).build(), ON).worthAsking).toEqual(['heating.within60Days', 'heating.mainHeating']);
  });
});
