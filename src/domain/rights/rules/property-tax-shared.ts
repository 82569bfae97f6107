// The conditions shared by the three regions' property-tax (précompte immobilier / onroerende
// voorheffing) reductions — research §29. They are judged on 1 January of the tax year and
// follow the occupant: an owner asks for them, a tenant gets them through the landlord.
import { no, unknown, yes, type Check } from '../engine/check';
import type { HouseholdFacts } from '../engine/facts';
import { perYear } from '../engine/money';
import { reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import { dependentChildren, membersWithDisability, tenureOf } from './housing-shared';

/** Who occupies a dwelling: an owner-occupier, or a tenant (the landlord passes the reduction on). */
export function occupant(facts: HouseholdFacts): Check {
  const tenure = tenureOf(facts);
  if (tenure === undefined) return unknown(['household.housing.tenure']);
  if (tenure === 'owner') return yes(reason('propertyTax.ownerOccupier'));
  if (tenure === 'private-rent' || tenure === 'social-rent') return yes(reason('propertyTax.viaLandlord'));
  if (tenure === 'homeless') return no(reason('propertyTax.noHome'));
  // Hosted, or another arrangement: the reduction goes to the head of the household living there.
  return unknown([], reason('propertyTax.occupantAsk'));
}

/**
 * At least `min` children with family allowances living there on 1 January. A minor child
 * surely has them; an adult child only while studying or in training (not in the profile).
 */
export function enoughChildren(context: RuleContext, min: Parameter): Check {
  const needed = context.valueOf(min)?.value;
  if (needed === undefined) return { ...unknown([], reason('figure.unknownForDate')), unverified: true };
  const children = dependentChildren(context.facts);
  if (children.sure >= needed) return yes(reason('propertyTax.children', { children: children.sure, min: needed }));
  if (children.sure + children.maybe < needed) return no(reason('propertyTax.notEnoughChildren', { children: children.sure + children.maybe, min: needed }));
  return unknown(children.missing, ...children.reasons, reason('propertyTax.childrenToCheck', { min: needed }));
}

/** Someone in the household with a recognised disability (66 % or more). */
export function disabledMember(members: HouseholdFacts['members']): Check {
  const count = membersWithDisability(members);
  if (count.sure > 0) return yes(reason('propertyTax.disability', { people: count.sure }));
  if (count.maybe > 0) return unknown(count.missing);
  return no(reason('propertyTax.noDisability'));
}

/**
 * "Habitation modeste": an owner living in their only dwelling, whose cadastral income (with
 * that of all their other property) is at most the limit. The profile gives the household's
 * total: with one adult it is theirs; with more, each owner's own share may be lower.
 */
export function modestDwelling(facts: HouseholdFacts, limitValue: number): Check {
  const tenure = tenureOf(facts);
  if (tenure === undefined) return unknown(['household.housing.tenure']);
  if (tenure !== 'owner') return no(reason('propertyTax.modestOwnersOnly'));
  const cadastralIncome = facts.household.realEstateIncome;
  if (cadastralIncome === undefined) return unknown(['household.realEstateIncome']);
  const adults = facts.members.filter((m) => m.member.relation !== 'child').length;
  if (cadastralIncome > limitValue) {
    return adults > 1
      ? unknown([], reason('propertyTax.cadastralIncomeShared', { limit: perYear(limitValue) }))
      : no(reason('propertyTax.cadastralIncomeAbove', { limit: perYear(limitValue) }));
  }
  const other = facts.household.housing?.ownsOtherDwelling;
  if (other === undefined) return unknown(['household.housing.ownsOtherDwelling']);
  // The other property may be a building plot, which does not make this dwelling less "only".
  if (other) return unknown([], reason('propertyTax.otherPropertyAsk'));
  return yes(reason('propertyTax.modest', { limit: perYear(limitValue) }));
}
