// The RIS category a household falls in, which sets the amount of the revenu d'intégration and
// of the ceilings built on it (research §7): shared by the RIS, the CPAS aid and housing rights.
import type { HouseholdFacts } from '../engine/facts';

export type RisCategory = 'cohabitant' | 'single' | 'family' | 'couple';

/**
 * The CPAS decides the category on the facts; from the profile: alone → single; alone with a
 * minor child → family; with a partner → a couple (two cohabitant amounts, or the family
 * amount with children); with other adults → cohabitant. A child whose age is not known may
 * be a minor or not: the caller says which to assume, and asks when it decides.
 */
export function risCategory(facts: HouseholdFacts, unknownAgeIsMinor: boolean): RisCategory {
  const minorChild = facts.children.some((child) => (child.age === undefined ? unknownAgeIsMinor : child.age < 18));
  if (facts.partner) return minorChild ? 'family' : 'couple';
  if (facts.otherAdults.length > 0) return minorChild ? 'family' : 'cohabitant';
  return minorChild ? 'family' : 'single';
}
