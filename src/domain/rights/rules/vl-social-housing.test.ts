import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2024-06-01';
const RENTING = { tenure: 'private-rent', ownsOtherDwelling: false } as const;
const partner = { age: 40, residence: 'belgian', incomes: [], statuses: [], statusesComplete: true } as const;
const child = { age: 6, statuses: [], statusesComplete: true };

const flemish = (on = ON) => aHousehold(on).inFlanders().belgian().aged(40).statusesComplete().earning(['employment', 2000]).with({ housing: { ...RENTING } });
/** The most recent assessment: the income of the year before. */
const at = (profile: ReturnType<typeof flemish>, netTaxable: number, on = ON) =>
  evaluateRight('vl-social-housing', profile.withTaxableIncome(Number(on.slice(0, 4)) - 1, netTaxable + 5_000, netTaxable).build(), on);

describe('sociale huurwoning in Vlaanderen (vl-social-housing)', () => {
  it('is open to a single person up to 29 515 €, and closed one euro above', () => {
    expect(at(flemish(), 29_515).status).toBe('eligible');
    const above = at(flemish(), 29_516);
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.above');
  });

  it('allows 31 987 € to a single person with a disability', () => {
    const disabled = () => flemish().withStatuses('disability-recognised').statusesComplete();
    expect(at(disabled(), 31_987).status).toBe('eligible');
    expect(at(disabled(), 31_988).status).toBe('not-eligible');
  });

  it('asks about a disability when only that limit would let a single person in', () => {
    const result = at(aHousehold(ON).inFlanders().belgian().aged(40).earning(['employment', 2000]).with({ housing: { ...RENTING } }), 30_000);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[0].statuses'] });
  });

  it('allows 44 270 € to a couple, plus 2 475 € per dependant', () => {
    expect(at(flemish().withPartner(partner), 44_270).status).toBe('eligible');
    expect(at(flemish().withPartner(partner), 44_271).status).toBe('not-eligible');
    expect(at(flemish().withPartner(partner).withChild(child), 46_745).status).toBe('eligible');
    expect(at(flemish().withPartner(partner).withChild(child), 46_746).status).toBe('not-eligible');
  });

  it('uses the "others" limit for a single parent, with the child as a dependant', () => {
    expect(at(flemish().withChild(child), 46_745).status).toBe('eligible');
  });

  it('counts an adult with a disability as a dependant', () => {
    const disabledPartner = { ...partner, statuses: ['disability-recognised' as const] };
    expect(at(flemish().withPartner(disabledPartner), 46_745).status).toBe('eligible');
    expect(at(flemish().withPartner(disabledPartner), 46_746).status).toBe('not-eligible');
  });

  it('adds the leefloon, which is not taxed, to the taxable income', () => {
    expect(at(flemish(), 20_000).status).toBe('eligible');
    // 20 000 € + 12 × 1 200 € of leefloon = 34 400 €, more than 10 % above the limit.
    const withLeefloon = at(flemish().earning(['integration-income', 1200]), 20_000);
    expect(withLeefloon.status).toBe('not-eligible');
    expect(reasonKeys(withLeefloon)).toContain('income.estimateAbove');
  });

  it('may add a disability allowance (only the income-replacement part counts): maybe when it decides', () => {
    const result = at(flemish().earning(['disability-allowance', 900]), 20_000);
    expect(result).toMatchObject({ status: 'maybe', missing: [] });
    expect(reasonKeys(result)).toContain('socialHousing.vlDisabilityAllowancePart');
    // Below the limit even with all of it counted.
    expect(at(flemish().earning(['disability-allowance', 500]), 20_000).status).toBe('eligible');
  });

  it('asks for the incomes of the candidate and their partner', () => {
    const profile = aHousehold(ON).inFlanders().belgian().aged(40).statusesComplete().with({ housing: { ...RENTING } }).withTaxableIncome(2023, 20_000, 15_000).build();
    expect(evaluateRight('vl-social-housing', profile, ON)).toMatchObject({ status: 'maybe', missing: ['household.members[0].incomes'] });
  });

  it('does not use an assessment more than three years old', () => {
    const old = flemish().earning(['unemployment', 900]).withTaxableIncome(2020, 60_000, 50_000).build();
    expect(evaluateRight('vl-social-housing', old, ON).status).toBe('eligible');
    const recent = flemish().earning(['unemployment', 900]).withTaxableIncome(2021, 60_000, 50_000).build();
    expect(evaluateRight('vl-social-housing', recent, ON).status).toBe('not-eligible');
  });

  it('uses the 2023 limits in 2023 and the 2024 ones from 1 January 2024', () => {
    // 29 000 € is over the 2023 single limit (28 105 €) and under the 2024 one (29 515 €).
    const single = (on: string) => evaluateRight('vl-social-housing', flemish(on).withTaxableIncome(2022, 34_000, 29_000).build(), on);
    expect(single('2023-12-31').status).toBe('not-eligible');
    expect(single('2024-01-01').status).toBe('eligible');
    expect(at(flemish('2023-06-01'), 28_105, '2023-06-01').status).toBe('eligible');
    expect(at(flemish('2023-06-01'), 28_106, '2023-06-01').status).toBe('not-eligible');
  });

  it('after 2024, still admits under the last known limit and asks to confirm above it', () => {
    const on = '2026-11-22';
    expect(at(flemish(on), 29_515, on).status).toBe('eligible');
    expect(at(flemish(on), 29_516, on)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('is not for an owner of a dwelling or building plot, in Belgium or abroad', () => {
    const owner = flemish().with({ housing: { tenure: 'owner', ownsOtherDwelling: false } });
    expect(reasonKeys(at(owner, 20_000))).toContain('housing.ownsHome');
    const plot = flemish().with({ housing: { ...RENTING, ownsOtherDwelling: true } });
    expect(at(plot, 20_000).status).toBe('not-eligible');
    expect(reasonKeys(at(plot, 20_000))).toContain('housing.ownsOther');
  });

  it('does not count other real estate (a garage, say) against a tenant', () => {
    expect(at(flemish().with({ housing: { ...RENTING }, realEstateIncome: 300 }), 20_000).status).toBe('eligible');
  });

  it('is not for someone in the waiting register (asylum seekers) or without papers', () => {
    for (const residence of ['asylum-seeker', 'undocumented'] as const) {
      const result = at(flemish().person({ residence }), 10_000);
      expect(result.status).toBe('not-eligible');
      expect(reasonKeys(result)).toContain('housing.residenceExcluded');
    }
    expect(at(flemish().person({ residence: 'residence-permit' }), 10_000).status).toBe('eligible');
  });

  it('is for adults', () => {
    expect(at(flemish().aged(17), 10_000).status).toBe('not-eligible');
  });

  it('is only for Flanders', () => {
    expect(evaluateRight('vl-social-housing', aHousehold(ON).inBrussels().build(), ON).status).toBe('not-eligible');
    expect(evaluateRight('vl-social-housing', aHousehold(ON).build(), ON).missing).toContain('household.postalCode');
  });

  it('says the household already has it when it rents a social home in Flanders', () => {
    const profile = aHousehold(ON).inFlanders().with({ housing: { tenure: 'social-rent' } }).build();
    expect(evaluateRight('vl-social-housing', profile, ON)).toMatchObject({ status: 'eligible', receiving: true });
  });

  it('always says that basic Dutch is needed within two years', () => {
    expect(evaluateRight('vl-social-housing', aHousehold(ON).build(), ON).worthAsking).toContain('socialHousing.vlDutchA2');
  });
});
