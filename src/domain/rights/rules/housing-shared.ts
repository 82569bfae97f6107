// Facts and checks shared by the housing rights (social housing, rent allowances, ADeL, MEBAR,
// property tax, water): tenure, ownership, waiting time, dependants, and ceilings built from
// a base plus several amounts per person.
//
// The German-speaking Community: since 1 January 2020 it exercises, on its territory, the
// Walloon Region's powers over housing and over energy-saving grants for low-income households
// (decrees of 29 April and 6 May 2019). The Walloon social housing, rent allowance, ADeL and
// MEBAR therefore do not apply there. Regional taxes and water were not transferred: the
// Walloon property-tax reductions (handled by the SPW Fiscalité office in Eupen) and the
// Walloon social water fund do apply there.
import { monthsBetween, parseIsoDate } from '../../calendar/iso-date';
import { no, unknown, yes, type Check } from '../engine/check';
import { isCeiling } from '../engine/ceilings';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { incomeAtMost, monthlyNetIncome, type Ceiling, type IncomeLookup } from '../engine/income';
import { cents } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import { RIS_COHABITANT, RIS_FAMILY, RIS_SINGLE } from '../parameters/be-integration-income';
import { combineBounds, type Parameter } from '../parameters/parameter';
import type { RisCategory } from './ris-means-test';

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
  if (checks.length === 0) return yes(reason('housing.ownsNothing'));
  return {
    verdict: 'unknown',
    reasons: checks.flatMap((c) => c.reasons),
    missing: checks.flatMap((c) => c.missing),
    after: [],
  };
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

// ---- Income ----------------------------------------------------------------------------

/**
 * The RIS amount of the household's category, times a share (MEBAR: RIS + 30 %; ADeL in debt
 * mediation: 120 % of the RIS), as a monthly ceiling. The category is the one the CPAS would
 * give for the RIS (see ris-means-test.ts); a child whose age is not known may be a minor,
 * which would make it "family": decided without, and "maybe" if only that lets the household in.
 */
export function risShareCheck(context: RuleContext, share: Parameter): Check {
  const { facts } = context;
  const shareValue = context.valueOf(share);
  if (!shareValue) return unknownFigure();
  const unknownAges = facts.children.filter((child) => child.age === undefined);
  const strictCategory = risCategoryOf(facts, false);
  const generousCategory = risCategoryOf(facts, true);
  const ceilingFor = (category: RisCategory): Ceiling | Check => {
    const ris = context.valueOf(category === 'single' ? RIS_SINGLE : category === 'family' ? RIS_FAMILY : RIS_COHABITANT);
    if (!ris) return unknownFigure();
    const amount = (category === 'couple' ? 2 : 1) * ris.value * shareValue.value;
    return { amount: cents(amount), per: 'month', verified: ris.verified && shareValue.verified, bound: ris.bound };
  };
  const strict = ceilingFor(strictCategory);
  const generous = ceilingFor(generousCategory);
  // The person's and their partner's incomes count; family allowances do not.
  const counted = facts.partner ? [facts.self, facts.partner] : [facts.self];
  const resources = monthlyNetIncome(counted, { exclude: ['child-benefit'] });
  const compare = (lookup: IncomeLookup, ceiling: Ceiling) =>
    incomeAtMost(lookup, ceiling, { category: ceiling === generous ? generousCategory : strictCategory });
  return incomeWithin(resources, strict, generous, { missing: unknownAges.map((child) => child.path('birthDate')), reasons: [] }, compare);
}

/** As `risCategory`, deciding explicitly whether a child of unknown age counts as a minor. */
function risCategoryOf(facts: HouseholdFacts, unknownAgeIsMinor: boolean): RisCategory {
  const minorChild = facts.children.some((child) => (child.age === undefined ? unknownAgeIsMinor : child.age < 18));
  if (facts.partner) return minorChild ? 'family' : 'couple';
  if (facts.otherAdults.length > 0) return minorChild ? 'family' : 'cohabitant';
  return minorChild ? 'family' : 'single';
}

/** The most recent income year with a net taxable figure, before `before` (and not before `from`). */
export function latestAssessmentYear(facts: HouseholdFacts, before: number, from?: number): number | undefined {
  let latest: number | undefined;
  for (const assessment of facts.household.taxableIncome ?? []) {
    if (assessment.netTaxable === undefined || assessment.year >= before) continue;
    if (from !== undefined && assessment.year < from) continue;
    if (latest === undefined || assessment.year > latest) latest = assessment.year;
  }
  return latest;
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

// ---- Ceilings ----------------------------------------------------------------------------

export interface PerPerson {
  parameter: Parameter;
  count: number;
}

/** A base plus several amounts per person, in force on the day asked (like `ceilingOf`). */
export function sumCeiling(context: RuleContext, base: Parameter, extras: readonly PerPerson[] = []): Ceiling | Check {
  const baseValue = context.valueOf(base);
  if (!baseValue) return unknownFigure();
  let amount = baseValue.value;
  let verified = baseValue.verified;
  let bound = baseValue.bound;
  for (const extra of extras) {
    if (extra.count === 0) continue;
    const value = context.valueOf(extra.parameter);
    if (!value) return unknownFigure();
    amount += value.value * extra.count;
    verified &&= value.verified;
    bound = combineBounds(bound, value.bound);
  }
  return { amount: cents(amount), per: base.per === 'month' ? 'month' : 'year', verified, bound };
}

function unknownFigure(): Check {
  return { ...unknown([], reason('figure.unknownForDate')), unverified: true };
}

/**
 * Income at most a ceiling when who counts is not sure: decided on the strict ceiling; where
 * only the generous one lets the household in, "maybe", with what would settle it.
 */
export function incomeWithin(
  lookup: IncomeLookup,
  strict: Ceiling | Check,
  generous: Ceiling | Check,
  doubt: { missing: string[]; reasons: Reason[] },
  compare: (lookup: IncomeLookup, ceiling: Ceiling) => Check = incomeAtMost,
): Check {
  if (!isCeiling(strict)) return strict;
  const check = compare(lookup, strict);
  if (check.verdict === 'yes' || !isCeiling(generous) || generous.amount === strict.amount) return check;
  const loose = compare(lookup, generous);
  if (loose.verdict === 'no') return check;
  if (loose.verdict === 'unknown') return loose.unverified ? loose : { ...loose, missing: [...doubt.missing, ...loose.missing] };
  // Only the generous ceiling lets the household in. When the strict answer was itself open
  // (an estimate close to it), what would settle that is asked too.
  const open = check.verdict === 'unknown';
  const missing = [...doubt.missing, ...(open ? check.missing : [])];
  const reasons = [...doubt.reasons, ...(open ? check.reasons : loose.reasons)];
  return { ...unknown(missing, ...reasons), unverified: missing.length === 0 || undefined };
}

/** Income strictly below a ceiling ("inférieurs à"): exactly the ceiling is too much. */
export function incomeBelow(lookup: IncomeLookup, ceiling: Ceiling): Check {
  const check = incomeAtMost(lookup, { ...ceiling, amount: cents(ceiling.amount - 0.01) });
  const shown = { amount: ceiling.amount, per: ceiling.per } as const;
  return { ...check, reasons: check.reasons.map((r) => (r.values?.ceiling ? { ...r, values: { ...r.values, ceiling: shown } } : r)) };
}
