// Forgetting one answer of a household, for the engine's property that knowing less never
// settles a "maybe" (properties.test.ts) and for the deeper search `npm run hunt:rights`.
import type { Profile } from '../profile';
import { CATALOGUE } from '../rights/catalogue/catalogue';
import { evaluateRights, type Catalogue, type RightStatus } from '../rights/engine/evaluate';
import { HouseholdFacts } from '../rights/engine/facts';
import { YOUNGEST_IN_SECONDARY } from '../rights/rules/fwb-study-allowance';

type Removal = (profile: Profile, member: number) => void;

/** Ways of forgetting one answer: the field becomes absent, i.e. unknown. */
export const REMOVALS = {
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
} satisfies Record<string, Removal>;

export type RemovalName = keyof typeof REMOVALS;
export const REMOVAL_NAMES = Object.keys(REMOVALS) as RemovalName[];

/**
 * A child too young for secondary school said to be in it contradicts what the rules assume so
 * as not to ask a young child's school: with no household that fits both answers, forgetting
 * either may change the verdict. The rule believes the school named; properties skip these.
 */
export function contradictory(profile: Profile, day: string): boolean {
  return new HouseholdFacts(profile, day).children.some(
    (child) => child.age !== undefined && child.age < YOUNGEST_IN_SECONDARY && (child.member.schoolLevel === 'secondary' || child.member.schoolLevel === 'higher'),
  );
}

export interface SettledMaybe {
  id: string;
  after: RightStatus;
}

/** The rights that were "maybe" and are settled once `removal` is forgotten (of member `memberSeed`, modulo the household's size). */
export function maybesSettledByForgetting(
  profile: Profile,
  day: string,
  removal: RemovalName,
  memberSeed: number,
  catalogue: Catalogue = CATALOGUE,
): SettledMaybe[] {
  const before = evaluateRights(profile, day, catalogue).results;
  const forgotten = structuredClone(profile);
  REMOVALS[removal](forgotten, memberSeed % forgotten.household.members.length);
  const after = evaluateRights(forgotten, day, catalogue).results;
  return before.flatMap((result, index) => {
    const later = after[index]?.status ?? 'maybe';
    return result.status === 'maybe' && later !== 'maybe' ? [{ id: result.id, after: later }] : [];
  });
}
