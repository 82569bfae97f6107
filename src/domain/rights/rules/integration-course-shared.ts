// What the three integration pathways (research §25: Wallonia, Brussels, Flanders) share:
// whose situation is read, who is a foreign resident, who arrived recently. Each pathway
// is a service and, for some newcomers, an obligation: "eligible" means "you can (or must)
// follow it", and the reasons say which.
import { ageOn } from '../../calendar/iso-date';
import type { Residence } from '../../profile';
import { all, any, no, unknown, withReason, yes, type Check } from '../engine/check';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { reason, type Reason } from '../engine/reason';
import { distinctReasons } from './members-shared';

/** Foreigners with a legal stay: a residence permit, or a citizen of the European Union. */
export const FOREIGN_RESIDENTS: readonly Residence[] = ['residence-permit', 'eu'];

export function isForeignResident(member: MemberFacts): Check {
  const residence = member.member.residence;
  if (residence === undefined) return unknown([member.path('residence')]);
  return FOREIGN_RESIDENTS.includes(residence) ? yes() : no(reason('integrationCourse.residenceExcluded', { residence }));
}

/**
 * First registration in Belgium less than `years` full years before the day asked. A date
 * after that day means the person is about to arrive: still a newcomer.
 */
export function arrivedWithin(facts: HouseholdFacts, member: MemberFacts, years: number): Check {
  const arrival = member.member.arrivalDate;
  if (arrival === undefined) return unknown([member.path('arrivalDate')]);
  const since = arrival <= facts.asOf ? ageOn(arrival, facts.asOf) : 0;
  return since < years
    ? yes(reason('integrationCourse.arrivedRecently', { years: since, max: years }))
    : no(reason('integrationCourse.arrivedLongAgo', { years: since, max: years }));
}

/** How binding the course is for one member: 2 mandatory, 1 mandatory for some, 0 by choice. */
export interface MemberOutcome {
  check: Check;
  binding: 0 | 1 | 2;
}

/**
 * The member for whom the course is most binding speaks for the household: when a partner
 * must follow it, that matters more than the person being free to.
 */
export function mostBinding(members: readonly MemberFacts[], outcome: (member: MemberFacts) => MemberOutcome): Check {
  const outcomes = members.map(outcome);
  const granted = outcomes.filter((o) => o.check.verdict === 'yes').sort((a, b) => b.binding - a.binding)[0];
  if (granted) return granted.check;
  return distinctReasons(any(...outcomes.map((o) => o.check)));
}

export interface NewcomerFigures {
  minAge: number;
  ageLimit: number;
  years: number;
}

/**
 * The Walloon and Brussels pathways read a person the same way: open to a foreign resident of
 * age; mandatory for a newcomer under the age limit; for a citizen of the Union, the office
 * says (the research names no exemption). Only the "mandatory" reason differs.
 */
export function newcomerOutcome(facts: HouseholdFacts, member: MemberFacts, figures: NewcomerFigures, mandatory: Reason): MemberOutcome {
  const access = all(
    () => isForeignResident(member),
    () => facts.ageAtLeast(member, figures.minAge),
  );
  if (access.verdict !== 'yes') return { check: access, binding: 0 };
  const newcomer = all(
    () => facts.ageBelow(member, figures.ageLimit),
    () => arrivedWithin(facts, member, figures.years),
  );
  if (newcomer.verdict === 'no') return { check: withReason(access, ...newcomer.reasons, reason('integrationCourse.voluntary')), binding: 0 };
  if (member.member.residence === 'eu') {
    return { check: withReason(access, ...newcomer.reasons, reason('integrationCourse.askIfMandatory')), binding: 1 };
  }
  if (newcomer.verdict === 'unknown') {
    return {
      check: withReason(access, ...newcomer.reasons, reason('integrationCourse.mandatoryIfNewcomer', { years: figures.years, max: figures.ageLimit })),
      binding: 1,
    };
  }
  return { check: withReason(access, ...newcomer.reasons, mandatory), binding: 2 };
}
