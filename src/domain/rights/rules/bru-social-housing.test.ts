import { describe, expect, it } from 'vitest';
import { aHousehold } from '../../testing/household-builder';
import { evaluateRight, reasonKeys } from '../../testing/evaluate-right';

const ON = '2024-06-01';
const INCOME_YEAR = 2021; // registrations in 2024 look at the income of 2021
const RENTING = { tenure: 'private-rent', ownsOtherDwelling: false } as const;
const noIncome = { age: 40, residence: 'belgian', incomes: [], statuses: [], statusesComplete: true } as const;
const earner = { ...noIncome, incomes: [{ kind: 'employment', monthly: 1500 }] } as const;
const child = { age: 6, statuses: [], statusesComplete: true };

const brussels = (on = ON) => aHousehold(on).inBrussels().belgian().aged(40).statusesComplete().earning(['employment', 2000]).with({ housing: { ...RENTING } });
const at = (profile: ReturnType<typeof brussels>, netTaxable: number, on = ON) =>
  evaluateRight('bru-social-housing', profile.withTaxableIncome(Number(on.slice(0, 4)) - 3, netTaxable + 5_000, netTaxable).build(), on);

describe('logement social à Bruxelles (bru-social-housing)', () => {
  it('is open to a single person up to 27 499,10 € net taxable, and closed one euro above', () => {
    expect(at(brussels(), 27_499.1).status).toBe('eligible');
    const above = at(brussels(), 27_500.1);
    expect(above.status).toBe('not-eligible');
    expect(reasonKeys(above)).toContain('income.above');
  });

  it('uses the one-income ceiling for a household where only one person has an income', () => {
    expect(at(brussels().withPartner(noIncome), 30_554.58).status).toBe('eligible');
    expect(at(brussels().withPartner(noIncome), 30_555.58).status).toBe('not-eligible');
  });

  it('uses the several-incomes ceiling when two adults have an income', () => {
    expect(at(brussels().withPartner(earner), 34_919.57).status).toBe('eligible');
    expect(at(brussels().withPartner(earner), 34_920.57).status).toBe('not-eligible');
  });

  it('adds 2 618,96 € per dependent child', () => {
    expect(at(brussels().withPartner(noIncome).withChild(child), 33_173.54).status).toBe('eligible');
    expect(at(brussels().withPartner(noIncome).withChild(child), 33_174.54).status).toBe('not-eligible');
  });

  it("asks a child's birth date when only their own income, counted for an adult, would close the door", () => {
    const withEarningChild = (age?: number) =>
      evaluateRight(
        'bru-social-housing',
        aHousehold(ON)
          .inBrussels()
          .belgian()
          .aged(40)
          .statusesComplete()
          .earning()
          .with({ housing: { ...RENTING } })
          .withChild({ ...(age === undefined ? {} : { age }), statuses: [], statusesComplete: true, incomes: [{ kind: 'employment', monthly: 4000 }] })
          .build(),
        ON,
      );
    expect(withEarningChild(16).status).toBe('eligible');
    expect(withEarningChild(19).status).toBe('not-eligible');
    expect(withEarningChild()).toMatchObject({ status: 'maybe', missing: ['household.members[1].birthDate'] });
  });

  it('counts a child with a disability twice', () => {
    const disabled = { ...child, statuses: ['disability-recognised' as const] };
    expect(at(brussels().withPartner(noIncome).withChild(disabled), 35_792.5).status).toBe('eligible');
    expect(at(brussels().withPartner(noIncome).withChild(disabled), 35_793.5).status).toBe('not-eligible');
  });

  it('adds 5 237,91 € per adult with a disability', () => {
    const disabled = () => brussels().withStatuses('disability-recognised').statusesComplete();
    expect(at(disabled(), 32_737.01).status).toBe('eligible');
    expect(at(disabled(), 32_738.01).status).toBe('not-eligible');
  });

  it('asks about the partner’s income when only the several-incomes ceiling would let the household in', () => {
    const result = at(brussels().withPartner({ age: 40, residence: 'belgian', statuses: [], statusesComplete: true }), 32_000);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[1].incomes'] });
  });

  it('asks about a child’s disability when only counting it twice would let the household in', () => {
    const result = at(brussels().withPartner(noIncome).withChild({ age: 6 }), 34_000);
    expect(result).toMatchObject({ status: 'maybe', missing: ['household.members[2].statuses'] });
  });

  it('leaves the dependent children’s own income out', () => {
    const profile = brussels()
      .earning(['unemployment', 1100])
      .withPartner(noIncome)
      .withChild({ age: 17, incomes: [{ kind: 'student-job', monthly: 3000 }], statuses: [], statusesComplete: true })
      .build();
    expect(evaluateRight('bru-social-housing', profile, ON).status).toBe('eligible');
  });

  it('counts the income of an adult child, who may no longer be a dependant', () => {
    const profile = brussels()
      .earning(['unemployment', 1100])
      .withPartner(noIncome)
      .withChild({ age: 22, incomes: [{ kind: 'employment', monthly: 4000 }], statuses: [], statusesComplete: true })
      .build();
    expect(evaluateRight('bru-social-housing', profile, ON).status).toBe('not-eligible');
    const unknownAge = brussels().earning(['unemployment', 1100]).withPartner(noIncome).withChild({ statuses: [], statusesComplete: true }).build();
    expect(evaluateRight('bru-social-housing', unknownAge, ON).missing).toContain('household.members[2].incomes');
  });

  it('is not for a household that owns real estate, in Belgium or abroad', () => {
    const owns = (housing: object, extra: object = {}) =>
      evaluateRight('bru-social-housing', brussels().with({ housing: { ...RENTING, ...housing }, ...extra }).withTaxableIncome(INCOME_YEAR, 20_000, 15_000).build(), ON);
    expect(reasonKeys(owns({ tenure: 'owner' }))).toContain('housing.ownsHome');
    expect(reasonKeys(owns({ ownsOtherDwelling: true }))).toContain('housing.ownsOther');
    const cadastral = owns({}, { realEstateIncome: 400 });
    expect(cadastral.status).toBe('not-eligible');
    expect(reasonKeys(cadastral)).toContain('housing.ownsRealEstate');
    expect(owns({ ownsOtherDwelling: undefined })).toMatchObject({ status: 'maybe', missing: ['household.housing.ownsOtherDwelling'] });
  });

  it('needs one adult in the population or foreigners register', () => {
    const asylum = brussels().person({ residence: 'asylum-seeker' });
    expect(at(asylum, 20_000).status).toBe('not-eligible');
    expect(reasonKeys(at(asylum, 20_000))).toContain('housing.residenceExcluded');
    expect(at(asylum.withPartner(noIncome), 20_000).status).toBe('eligible');
  });

  it('is for adults', () => {
    expect(at(brussels().aged(17), 10_000).status).toBe('not-eligible');
  });

  it('starts the 2024 ceilings on 1 January 2024', () => {
    // Before, only the 2024 figures are known, and they are an upper bound of the 2023 ones.
    const single = (on: string) => at(brussels(on), 27_000, on);
    expect(single('2023-12-31')).toMatchObject({ status: 'maybe', toConfirm: true });
    expect(single('2024-01-01').status).toBe('eligible');
  });

  it('after 2024, still admits under the last known ceiling and asks to confirm above it', () => {
    const on = '2026-11-22';
    expect(at(brussels(on), 27_499.1, on).status).toBe('eligible');
    expect(at(brussels(on), 27_500.1, on)).toMatchObject({ status: 'maybe', toConfirm: true });
  });

  it('is only for Brussels', () => {
    expect(evaluateRight('bru-social-housing', aHousehold(ON).inWallonia().build(), ON).status).toBe('not-eligible');
    expect(evaluateRight('bru-social-housing', aHousehold(ON).build(), ON).missing).toContain('household.postalCode');
  });

  it('says the household already has it when it rents a social home in Brussels', () => {
    const profile = aHousehold(ON).inBrussels().with({ housing: { tenure: 'social-rent' } }).build();
    expect(evaluateRight('bru-social-housing', profile, ON)).toMatchObject({ status: 'eligible', receiving: true });
  });

  it('always lists the conditions the app cannot check', () => {
    expect(evaluateRight('bru-social-housing', aHousehold(ON).build(), ON).worthAsking).toEqual(['socialHousing.bruOneRegistration', 'socialHousing.bruRetirementYear']);
  });
});
