// Allocation d'études of the French Community — research §15. For a pupil in full-time
// secondary education or a student in higher education in a school of the Fédération
// Wallonie-Bruxelles, asked every school year, when the household's income of two years before
// stays under a ceiling that depends on the level and the number of dependants.
import { all, any, no, toConfirm, unknown, withReason, yes, type Check } from '../engine/check';
import { ceilingOf, isCeiling } from '../engine/ceilings';
import type { MemberFacts } from '../engine/facts';
import { incomeAtMost, type Ceiling, type IncomeLookup } from '../engine/income';
import { perYear } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { IncomeKind } from '../../profile';
import {
  FWB_HIGHER_CEILINGS,
  FWB_HIGHER_PER_EXTRA_DEPENDANT,
  FWB_LAST_VERIFIED_DEPENDANTS,
  FWB_SECONDARY_CEILINGS,
  FWB_SECONDARY_PER_EXTRA_DEPENDANT,
} from '../parameters/fwb-study-allowance';
import { countedIncome, incomeYearOfPeriod } from './family-allowance-shared';

type Level = 'secondary' | 'higher';

/** Requests for a school year open in summer; they use the income of two years before. */
const SCHOOL_YEAR_STARTS_IN_MONTH = 7;
const INCOME_YEARS_BACK = 2;
const MONTHS_PER_YEAR = 12;
const ADULT_AGE = 18;

/** Counted by the FWB but left out of a taxable-income estimate: integration and replacement incomes. */
const UNTAXED_BUT_COUNTED: ReadonlySet<IncomeKind> = new Set(['integration-income', 'social-aid', 'grapa', 'disability-allowance']);

function inFwbSchool(member: MemberFacts): Check {
  const community = member.member.schoolCommunity;
  if (community === undefined) return unknown([member.path('schoolCommunity')]);
  return community === 'fwb' ? yes() : no();
}

export const YOUNGEST_IN_SECONDARY = 10;

/** Secondary only full-time (not alternance: CEFA, IFAPME); higher education at any pace. */
function studiesAt(member: MemberFacts, level: Level): Check {
  const current = member.member.schoolLevel;
  if (current === undefined) {
    // Primary school lasts six years from the age of six: a child under ten is not in secondary
    // school yet, so their school need not even be asked. A school the profile names still wins:
    // forgetting the birth date must never turn "no" for this child into "yes".
    if (member.age !== undefined && member.age < YOUNGEST_IN_SECONDARY) return no(reason('studyAllowance.tooYoung', { age: member.age }));
    return unknown([member.path('schoolLevel')]);
  }
  if (current !== level) return no();
  if (level === 'higher') return yes(reason('studyAllowance.higherStudent'));
  const track = member.member.schoolTrack;
  if (track === undefined) return unknown([member.path('schoolTrack')]);
  return track === 'full-time' ? yes(reason('studyAllowance.secondaryStudent')) : no(reason('studyAllowance.alternance'));
}

const student = (member: MemberFacts, level: Level): Check => all(inFwbSchool(member), () => studiesAt(member, level));

function ceilingFor(context: RuleContext, level: Level, dependants: number): Ceiling | Check {
  const table = level === 'secondary' ? FWB_SECONDARY_CEILINGS : FWB_HIGHER_CEILINGS;
  const extra = level === 'secondary' ? FWB_SECONDARY_PER_EXTRA_DEPENDANT : FWB_HIGHER_PER_EXTRA_DEPENDANT;
  const last = table.length - 1;
  const base = table[Math.min(dependants, last)];
  if (!base) return toConfirm(reason('figure.unknownForDate'));
  return dependants <= last ? ceilingOf(context, base) : ceilingOf(context, base, { parameter: extra, count: dependants - last });
}

/**
 * Up to three dependants the ceilings are sure. With more, the printed ceilings look wrong:
 * an income under the three-dependant ceiling is surely under theirs; above it, ask.
 */
function underCeiling(context: RuleContext, lookup: IncomeLookup, level: Level, dependants: number): Check {
  const sure = ceilingFor(context, level, Math.min(dependants, FWB_LAST_VERIFIED_DEPENDANTS));
  if (!isCeiling(sure)) return sure;
  const check = incomeAtMost(lookup, sure, { dependants: Math.min(dependants, FWB_LAST_VERIFIED_DEPENDANTS) });
  if (dependants <= FWB_LAST_VERIFIED_DEPENDANTS) return check;
  if (check.verdict === 'yes') return withReason(check, reason('studyAllowance.belowSmallerFamilyCeiling', { dependants }));
  if (check.verdict === 'unknown' && !check.unverified) return check;
  const printed = ceilingFor(context, level, dependants);
  if (!isCeiling(printed)) return printed;
  return toConfirm(reason('studyAllowance.ceilingToConfirm', { dependants, ceiling: perYear(printed.amount) }));
}

/** The household's income as the FWB counts it: tax figure, or an estimate with the untaxed benefits added. */
function householdIncome(context: RuleContext, counted: readonly MemberFacts[]): IncomeLookup {
  const year = incomeYearOfPeriod(context.asOf, SCHOOL_YEAR_STARTS_IN_MONTH, INCOME_YEARS_BACK);
  const lookup = countedIncome(context.facts, counted, { year });
  if (!('figure' in lookup) || lookup.figure.exact) return lookup;
  const benefits = counted
    .flatMap((member) => member.member.incomes ?? [])
    .filter((income) => UNTAXED_BUT_COUNTED.has(income.kind))
    .reduce((sum, income) => sum + income.monthly * MONTHS_PER_YEAR, 0);
  return { figure: { ...lookup.figure, low: lookup.figure.low + benefits, high: lookup.figure.high + benefits } };
}

/**
 * Dependants: the research counts the children, one who also studies counting twice; whether
 * the student counts too is not clear. Decided on the strict reading (the other children who
 * surely depend on the household, once each); where only the generous one (the student, every
 * other child, the studying ones twice, and grandparents at home) lets the household in, the
 * office must confirm.
 */
function incomeCheck(context: RuleContext, level: Level, pupil: MemberFacts): Check {
  const { facts } = context;
  const others = facts.children.filter((child) => child !== pupil);
  const surelyDependant = others.filter((child) => (child.age !== undefined && child.age < ADULT_AGE) || child.member.incomes?.length === 0);
  const studying = others.filter((child) => child.member.schoolLevel === undefined || child.member.schoolLevel === 'secondary' || child.member.schoolLevel === 'higher');
  const grandparents = facts.otherAdults.filter((adult) => adult.member.relation === 'parent');
  const strict = surelyDependant.length;
  const generous = 1 + others.length + studying.length + grandparents.length;
  // Everyone on the household composition counts, except the student, siblings and co-tenants.
  const lookup = householdIncome(context, [...facts.couple, ...grandparents]);
  const check = underCeiling(context, lookup, level, strict);
  if (check.verdict === 'yes') return check;
  const loose = underCeiling(context, lookup, level, generous);
  if (loose.verdict === 'no' || check.verdict === 'unknown') return check;
  if (loose.verdict === 'yes') return toConfirm(reason('income.ruleUnclear', loose.reasons[0]?.values));
  return loose;
}

function levelRoute(context: RuleContext, level: Level): Check {
  return any(...context.facts.children.map((child) => () => all(student(child, level), () => incomeCheck(context, level, child))));
}

/** An adult of the household who says they study: whose income counts then depends on their situation. */
function studyingAdults({ facts }: RuleContext): MemberFacts[] {
  return facts.couple.filter((adult) => adult.member.statuses?.includes('student'));
}

function adultRoute(context: RuleContext): Check {
  return any(
    ...studyingAdults(context).map(
      (adult) => () =>
        all(inFwbSchool(adult), any(studiesAt(adult, 'secondary'), studiesAt(adult, 'higher')), unknown([], reason('studyAllowance.adultStudent'))),
    ),
  );
}

function unique(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const signature = JSON.stringify(r);
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

export const fwbStudyAllowance: RightDefinition = {
  id: 'fwb-study-allowance',
  level: 'fwb',
  provider: 'fwb-study-allowances',
  automatic: false,
  officialNames: { fr: 'Allocation d’études', nl: 'Studietoelage (Franse Gemeenschap)', de: 'Studienbeihilfe (Französische Gemeinschaft)' },
  worthAsking: ['studyAllowance.everyYear', 'studyAllowance.minimumIncome', 'studyAllowance.propertyLimit'],
  claim: { documents: ['id-card', 'tax-assessment', 'household-composition'], steps: 3, phone: '0800 11 869', website: 'https://allocations-etudes.cfwb.be' },
  sources: [
    'https://allocations-etudes.cfwb.be/conditions-et-montant/enseignement-secondaire',
    'https://jeminforme.be/allocation-detudes-de-lenseignement-secondaire-conditions-montants-recours',
    'https://www.jeminforme.be/tag/etude/page/4/?print=print-search',
    'https://inforjeunes.be/faq/a-quelles-conditions-financieres-puis-je-beneficier-dune-allocation-detudes/',
    'https://allocations-etudes.cfwb.be/en/faq/',
  ],
  research: 'fwb-allocation-etudes',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = any(
      () => levelRoute(context, 'secondary'),
      () => levelRoute(context, 'higher'),
      () => adultRoute(context),
    );
    if (check.verdict !== 'no') return { check: { ...check, reasons: unique(check.reasons) } };
    const someStudent = [...context.facts.children, ...studyingAdults(context)].some(
      (member) => student(member, 'secondary').verdict !== 'no' || student(member, 'higher').verdict !== 'no',
    );
    return { check: no(...unique(check.reasons), ...(someStudent ? [] : [reason('studyAllowance.noFwbStudent')])) };
  },
};
