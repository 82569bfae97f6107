// Properties that must hold for every household, checked on thousands of generated profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDay, arbitraryProfile } from '../../testing/arbitrary-profile';
import type { Profile } from '../../profile';
import { CATALOGUE } from '../catalogue/catalogue';
import { evaluateRights, type RightStatus } from './evaluate';

const RANK: Record<RightStatus, number> = { 'not-eligible': 0, maybe: 1, eligible: 2 };

type Removal = (profile: Profile, member: number) => void;

/** Ways of forgetting one answer: the field becomes absent, i.e. unknown. */
const REMOVALS: Record<string, Removal> = {
  postalCode: (p) => delete p.household.postalCode,
  housing: (p) => delete p.household.housing,
  tenure: (p) => delete p.household.housing?.tenure,
  heating: (p) => delete p.household.housing?.heating,
  rent: (p) => delete p.household.housing?.monthlyRent,
  waitingList: (p) => delete p.household.housing?.onSocialHousingWaitingList,
  applicationDate: (p) => delete p.household.housing?.socialHousingApplicationDate,
  ownsOther: (p) => delete p.household.housing?.ownsOtherDwelling,
  debts: (p) => delete p.household.debts,
  // The household's income is one fact answered two ways: the tax figure, or the monthly
  // incomes that the contract lets the engine use to estimate it. Forgetting it forgets both;
  // forgetting only the tax figure would replace an exact answer by an estimate, not remove it.
  householdIncome: (p) => {
    delete p.household.taxableIncome;
    for (const member of p.household.members) delete member.incomes;
  },
  realEstateIncome: (p) => delete p.household.realEstateIncome,
  birthDate: (p, m) => delete p.household.members[m]?.birthDate,
  residence: (p, m) => delete p.household.members[m]?.residence,
  arrivalDate: (p, m) => delete p.household.members[m]?.arrivalDate,
  incomes: (p, m) => delete p.household.members[m]?.incomes,
  statusesComplete: (p, m) => delete p.household.members[m]?.statusesComplete,
  schoolLevel: (p, m) => delete p.household.members[m]?.schoolLevel,
  schoolTrack: (p, m) => delete p.household.members[m]?.schoolTrack,
  schoolCommunity: (p, m) => delete p.household.members[m]?.schoolCommunity,
};

describe('properties of the rights engine', () => {
  it('never throws, whatever the profile and the day', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryDay, (profile, day) => {
        const evaluation = evaluateRights(profile, day, CATALOGUE);
        expect(evaluation.results).toHaveLength(CATALOGUE.rights.length);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('never turns a maybe into a definite answer when an answer is removed', () => {
    fc.assert(
      fc.property(
        arbitraryProfile,
        arbitraryDay,
        fc.constantFrom(...Object.keys(REMOVALS)),
        fc.nat(),
        (profile, day, removal, memberSeed) => {
          const before = evaluateRights(profile, day, CATALOGUE).results;
          const forgotten = structuredClone(profile);
          REMOVALS[removal]!(forgotten, memberSeed % forgotten.household.members.length);
          const after = evaluateRights(forgotten, day, CATALOGUE).results;
          before.forEach((result, index) => {
            if (result.status === 'maybe') expect(after[index]?.status, `${result.id} after removing ${removal}`).toBe('maybe');
          });
        },
      ),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('never makes a right appear when income rises', () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryDay, fc.double({ min: 1.01, max: 3, noNaN: true }), fc.integer({ min: 1, max: 20_000 }), (profile, day, factor, added) => {
        const before = evaluateRights(profile, day, CATALOGUE).results;
        const richer = structuredClone(profile);
        for (const member of richer.household.members) {
          for (const income of member.incomes ?? []) income.monthly = Math.round(income.monthly * factor * 100) / 100 + 1;
        }
        for (const year of richer.household.taxableIncome ?? []) {
          if (year.grossTaxable !== undefined) year.grossTaxable += added;
          if (year.netTaxable !== undefined) year.netTaxable += added;
        }
        const after = evaluateRights(richer, day, CATALOGUE).results;
        before.forEach((result, index) => {
          const later = after[index]!;
          expect(RANK[later.status], `${result.id}: ${result.status} → ${later.status}`).toBeLessThanOrEqual(RANK[result.status]);
        });
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});
