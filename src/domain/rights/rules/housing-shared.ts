// Facts and checks shared by the housing rights (social housing, rent allowances, ADeL, MEBAR,
// property tax, water): region, tenure, ownership, waiting time, arrears and the people who
// count as dependants. Incomes and ceilings are in housing-income.ts.
//
// The German-speaking Community: since 1 January 2020 it exercises, on its territory, the
// Walloon Region's powers over housing and over energy-saving grants for low-income households
// (decrees of 29 April and 6 May 2019). The Walloon social housing, rent allowance, ADeL and
// MEBAR therefore do not apply there. Regional taxes and water were not transferred: the
// Walloon property-tax reductions (handled by the SPW Fiscalité office in Eupen) and the
// Walloon social water fund do apply there.
import { monthsBetween, parseIsoDate } from '../../calendar/iso-date';
import { all, no, unknown, yes, type Check } from '../engine/check';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { reason, type Reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';

export const DG_TRANSFER_SOURCES = [
  'https://senate.be/home/sections/institutioneel/20190828_institutional/20190828_institutional_fr.html',
  'https://etaamb.openjustice.be/fr/nl/decret-du-29-avril-2019_n2019202326.html',
] as const;

/** A Walloon housing or energy-grant right: Wallonia, but not the German-speaking Community. */
export function walloonHousingRegion(facts: HouseholdFacts): Check {
  if (facts.region === 'german-speaking') return no(reason('housing.germanSpeakingCommunity'));
  return facts.regionIs('wallonia');
}

// ---- Tenure and ownership ----------------------------------------------------------------

export function tenureOf(facts: HouseholdFacts) {
  return facts.household.housing?.tenure;
}

const TENURE = 'household.housing.tenure';
const OWNS_OTHER = 'household.housing.ownsOtherDwelling';

/** Renting from a private landlord (the rent allowances). */
export function rentsPrivately(facts: HouseholdFacts): Check {
  const tenure = tenureOf(facts);
  if (tenure === undefined) return unknown([TENURE]);
  if (tenure === 'private-rent') return yes(reason('housing.rentsPrivately'));
  // "Other" may be a lease through a social rental agency, or none at all: the office knows.
  if (tenure === 'other') return unknown([], reason('housing.tenureOther'));
  return no(reason('housing.notPrivateTenant', { tenure }));
}

/**
 * Wallonia excludes full owners (or usufructuaries) of a dwelling, with exceptions (an
 * uninhabitable or unsuitable dwelling…). The profile's "owns another dwelling" also covers a
 * part of one and a building plot, which do not exclude: only the office can say.
 */
export function walNotOwner(facts: HouseholdFacts, { homeOwnerExcluded }: { homeOwnerExcluded: boolean }): Check {
  const tenure = tenureOf(facts);
  const other = facts.household.housing?.ownsOtherDwelling;
  const checks: Check[] = [];
  if (tenure === undefined) checks.push(unknown([TENURE]));
  else if (tenure === 'owner') {
    if (homeOwnerExcluded) return no(reason('housing.ownsHome'));
    checks.push(unknown([], reason('housing.ownershipDecides')));
  }
  if (other === undefined) checks.push(unknown([OWNS_OTHER]));
  else if (other) checks.push(unknown([], reason('housing.ownershipDecides')));
  return checks.length === 0 ? yes(reason('housing.ownsNothing')) : all(...checks);
}

/** Brussels and Flanders exclude any (even partial) owner of a dwelling or of other real estate. */
export function ownsNoRealEstate(facts: HouseholdFacts, { cadastralIncomeCounts }: { cadastralIncomeCounts: boolean }): Check {
  const tenure = tenureOf(facts);
  const other = facts.household.housing?.ownsOtherDwelling;
  if (tenure === 'owner') return no(reason('housing.ownsHome'));
  if (other === true) return no(reason('housing.ownsOther'));
  const cadastralIncome = facts.household.realEstateIncome;
  if (cadastralIncomeCounts && cadastralIncome !== undefined && cadastralIncome > 0) {
    return no(reason('housing.ownsRealEstate'));
  }
  const missing = [...(tenure === undefined ? [TENURE] : []), ...(other === undefined ? [OWNS_OTHER] : [])];
  return missing.length > 0 ? unknown(missing) : yes(reason('housing.ownsNothing'));
}

/** Residence allowing a registration in the population or foreigners register. */
export function registeredResident(member: MemberFacts): Check {
  const residence = member.member.residence;
  if (residence === undefined) return unknown([member.path('residence')]);
  if (residence === 'belgian' || residence === 'eu' || residence === 'residence-permit') return yes();
  return no(reason('housing.residenceExcluded', { residence }));
}

// ---- Waiting list ------------------------------------------------------------------------

const WAITING_LIST = 'household.housing.onSocialHousingWaitingList';
const APPLICATION_DATE = 'household.housing.socialHousingApplicationDate';

export function onWaitingList(facts: HouseholdFacts): Check {
  const onList = facts.household.housing?.onSocialHousingWaitingList;
  if (onList === undefined) return unknown([WAITING_LIST]);
  return onList ? yes(reason('housing.onWaitingList')) : no(reason('housing.notOnWaitingList'));
}

/** Strictly more than `months` months between two days (18 months and one day is more). */
export function moreThanMonths(from: string, to: string, months: number): boolean {
  const whole = monthsBetween(from, to);
  if (whole !== months) return whole > months;
  return parseIsoDate(from)?.day !== parseIsoDate(to)?.day;
}

/** On the social-housing waiting list for more than `months` months on the day asked. */
export function waitingLongerThan(context: RuleContext, months: number): Check {
  const { facts } = context;
  const list = onWaitingList(facts);
  if (list.verdict !== 'yes') return list;
  const since = facts.household.housing?.socialHousingApplicationDate;
  if (since === undefined) return unknown([APPLICATION_DATE]);
  const waited = Math.max(0, monthsBetween(since, context.asOf));
  return moreThanMonths(since, context.asOf, months)
    ? yes(reason('housing.waitedLongEnough', { months: waited, required: months }))
    : no(reason('housing.waitedTooShort', { months: waited, required: months }));
}

// ---- Debts ------------------------------------------------------------------------------

/** Unpaid bills the household cannot pay: the profile's sign of difficulty paying. */
export function hasArrears(facts: HouseholdFacts): Check {
  const arrears = facts.household.debts?.hasArrears;
  if (arrears === undefined) return unknown(['household.debts.hasArrears']);
  return arrears ? yes(reason('water.arrears')) : no(reason('water.noArrears'));
}

// ---- People counted ----------------------------------------------------------------------

/**
 * People counted for an amount "per person" when the profile may not say for sure: `sure`
 * always count, `maybe` count only on a reading or an answer the app does not have yet.
 */
export interface Count {
  sure: number;
  maybe: number;
  missing: string[];
  reasons: Reason[];
}

const NONE: Count = { sure: 0, maybe: 0, missing: [], reasons: [] };

export function addCounts(...counts: Count[]): Count {
  return counts.reduce(
    (a, b) => ({ sure: a.sure + b.sure, maybe: a.maybe + b.maybe, missing: [...a.missing, ...b.missing], reasons: [...a.reasons, ...b.reasons] }),
    NONE,
  );
}

/**
 * Dependent children: a minor child surely is; an adult child is only while family allowances
 * are paid (not in the profile); a child without birth date may be either.
 */
export function dependentChildren(facts: HouseholdFacts): Count {
  let sure = 0;
  let maybe = 0;
  const missing: string[] = [];
  let adults = 0;
  for (const child of facts.children) {
    if (child.age === undefined) {
      maybe += 1;
      missing.push(child.path('birthDate'));
    } else if (child.age < 18) sure += 1;
    else {
      maybe += 1;
      adults += 1;
    }
  }
  return { sure, maybe, missing, reasons: adults > 0 ? [reason('housing.adultChildDependant')] : [] };
}

/** Members with a recognised disability; a member whose statuses are not all known may be one. */
export function membersWithDisability(members: readonly MemberFacts[]): Count {
  let sure = 0;
  let maybe = 0;
  const missing: string[] = [];
  for (const member of members) {
    const statuses = member.member.statuses ?? [];
    if (statuses.includes('disability-recognised')) sure += 1;
    else if (!member.member.statusesComplete) {
      maybe += 1;
      missing.push(member.path('statuses'));
    }
  }
  return { sure, maybe, missing, reasons: [] };
}
