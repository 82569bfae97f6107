// Schooltoeslag of the Groeipakket, Flanders — research §16. Paid once a year without a
// request to families with a child from 3 years in Flemish kindergarten, primary or secondary
// education, depending on the family's income. The income thresholds are UNVERIFIED: where a
// child qualifies, the answer is "to confirm with the Groeipakket payer".
import { all, any, no, toConfirm, unknown, withReason, yes, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { perYear } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { SchoolLevel } from '../../profile';
import { KLEUTERTOESLAG, KLEUTERTOESLAG_AGE_LIMIT, SCHOOL_ALLOWANCE_MIN_AGE } from '../parameters/vl-school-allowance';

const LEVELS: ReadonlySet<SchoolLevel> = new Set(['nursery', 'primary', 'secondary']);

/**
 * The Groeipakket is for families living in Flanders. Whether a Brussels child in a Flemish
 * school gets it the research does not say: the payer can.
 */
function region({ facts }: RuleContext): Check {
  if (facts.region === 'brussels') return unknown([], reason('schoolAllowance.brusselsAsk'));
  return facts.regionIs('flanders');
}

function inFlemishSchool(member: MemberFacts): Check {
  const community = member.member.schoolCommunity;
  if (community === undefined) return unknown([member.path('schoolCommunity')]);
  return community === 'vl' ? yes() : no();
}

function atSchoolLevel(member: MemberFacts): Check {
  const level = member.member.schoolLevel;
  if (level === undefined) return unknown([member.path('schoolLevel')]);
  return LEVELS.has(level) ? yes() : no();
}

function pupil(context: RuleContext, child: MemberFacts, minAge: number): Check {
  return all(context.facts.ageAtLeast(child, minAge), inFlemishSchool(child), atSchoolLevel(child));
}

/** The kleutertoeslag of a 3- or 4-year-old in kindergarten, as an indicative amount (undated). */
function toddlerReason(context: RuleContext, minAge: number) {
  const limit = context.valueOf(KLEUTERTOESLAG_AGE_LIMIT)?.value;
  const amount = context.valueOf(KLEUTERTOESLAG);
  if (limit === undefined || !amount) return [];
  const toddler = context.facts.children.some(
    (child) => child.age !== undefined && child.age >= minAge && child.age < limit && child.member.schoolLevel === 'nursery' && child.member.schoolCommunity === 'vl',
  );
  return toddler ? [reason('schoolAllowance.toddlerAmountIndicative', { amount: perYear(amount.value) })] : [];
}

export const vlSchoolAllowance: RightDefinition = {
  id: 'vl-school-allowance',
  level: 'flanders',
  provider: 'family-allowance-fund',
  automatic: true,
  officialNames: { nl: 'Schooltoeslag (Groeipakket)', fr: 'Allocation scolaire (Groeipakket)', de: 'Schulzulage (Groeipakket)' },
  worthAsking: ['schoolAllowance.attendance'],
  claim: { documents: [], steps: 2 },
  sources: [
    'https://www.groeipakket.be/faq/algemeen/verschil-schoolbonus-en-schooltoeslag',
    'https://ls.de-link.be/studietoelagen/',
    'https://www.groeipakket.be/Bedragen/Indexering',
    'https://www.sint-gregoriuscollege.be/groeipakket/',
  ],
  research: 'vl-schooltoeslag',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const minAge = context.valueOf(SCHOOL_ALLOWANCE_MIN_AGE)?.value;
    if (minAge === undefined) return { check: toConfirm(reason('figure.unknownForDate')) };
    const pupils = any(...context.facts.children.map((child) => () => pupil(context, child, minAge)));
    const check = all(
      region(context),
      pupils.verdict === 'no' ? no(reason('schoolAllowance.noPupil', { age: minAge })) : pupils,
      toConfirm(reason('schoolAllowance.incomeThresholdUnknown')),
    );
    return { check: check.verdict === 'no' ? check : withReason(check, ...toddlerReason(context, minAge)) };
  },
};
