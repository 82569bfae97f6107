// Supplément social des allocations familiales, Wallonia — research §13.1. Added by the
// family-allowance fund, without a request, to the allowances of children living in Wallonia
// when the household's income (tax data of two years before) is low — or whatever the income
// when the parent has BIM. Children born from 2020 and before 2020 have different amounts.
import { all, any, unknown, withReason, type Check } from '../engine/check';
import { ceilingOf, isCeiling } from '../engine/ceilings';
import type { MemberFacts } from '../engine/facts';
import { incomeAtMost, type Ceiling, type IncomeLookup } from '../engine/income';
import { cents, perMonth, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  NEW_SYSTEM_BIRTH_DATE,
  WAL_LOWER_THRESHOLD,
  WAL_NEW_LOWER_TIER,
  WAL_NEW_UPPER_TIER,
  WAL_OLD_FIRST_CHILD,
  WAL_OLD_SECOND_CHILD,
  WAL_OLD_THIRD_CHILD_ON,
  WAL_SINGLE_PARENT_LOWER_TIER_EXTRA,
  WAL_SINGLE_PARENT_UPPER_TIER_EXTRA,
  WAL_UPPER_THRESHOLD,
} from '../parameters/wal-family-allowance-social-supplement';
import {
  amountOf,
  countedIncome,
  entitledChildren,
  incomeBelow,
  incomeYearOfPeriod,
  singleParent,
  type EntitledChildren,
} from './family-allowance-shared';

/** The allocation year runs from July to June and uses the income of two years before its start. */
const ALLOCATION_YEAR_STARTS_IN_MONTH = 7;
const INCOME_YEARS_BACK = 2;

/** Counted: professional and replacement incomes; not the RIS, maintenance or disability allowances. */
const NOT_COUNTED = ['integration-income', 'social-aid', 'disability-allowance', 'alimony', 'child-benefit'] as const;

const isNewSystem = (child: MemberFacts) => (child.member.birthDate ?? '') >= NEW_SYSTEM_BIRTH_DATE;

interface Thresholds {
  lower: Ceiling;
  upper: Ceiling;
  income: IncomeLookup;
}

function thresholds(context: RuleContext): Thresholds | Check {
  const lower = ceilingOf(context, WAL_LOWER_THRESHOLD);
  const upper = ceilingOf(context, WAL_UPPER_THRESHOLD);
  if (!isCeiling(lower)) return lower;
  if (!isCeiling(upper)) return upper;
  const year = incomeYearOfPeriod(context.asOf, ALLOCATION_YEAR_STARTS_IN_MONTH, INCOME_YEARS_BACK);
  return { lower, upper, income: countedIncome(context.facts, context.facts.couple, { year, exclude: NOT_COUNTED }) };
}

/**
 * Children born from 2020: a supplement up to the upper threshold. Children born before: only
 * below the lower one. A child whose birth date is not known may be either.
 */
function incomeRoute(children: EntitledChildren, t: Thresholds | Check): Check {
  if (!('income' in t)) return t;
  const upTo = () => incomeAtMost(t.income, t.upper);
  const below = () => incomeBelow(t.income, t.lower);
  if (children.known.some(isNewSystem)) return upTo();
  if (children.unknownAge.length === 0) return below();
  return any(below, () => all(unknown(children.unknownAge.map((child) => child.path('birthDate'))), upTo));
}

/** With BIM, the supplement is granted for every month of BIM, whatever the income. */
function bimRoute(context: RuleContext): Check {
  const { facts } = context;
  const route = any(...facts.couple.map((parent) => facts.hasStatus(parent, 'bim')), () => context.right('be-bim'));
  return route.verdict === 'yes' ? withReason(route, reason('familyAllowance.bimWhateverIncome')) : route;
}

/** Per month: the amount of each child's system and the household's bracket, when all are known. */
function estimate(context: RuleContext, children: EntitledChildren, t: Thresholds): Money | undefined {
  if (children.unknownAge.length > 0) return undefined;
  const tier = incomeBelow(t.income, t.lower).verdict;
  if (tier === 'unknown') return undefined;
  const lowerTier = tier === 'yes';
  const newChildren = children.known.filter(isNewSystem);
  const oldChildren = children.known.filter((child) => !isNewSystem(child)).sort((a, b) => (a.member.birthDate ?? '').localeCompare(b.member.birthDate ?? ''));
  let total = 0;
  if (newChildren.length > 0) {
    const alone = singleParent(context.facts).verdict;
    if (alone === 'unknown') return undefined;
    const base = amountOf(context, lowerTier ? WAL_NEW_LOWER_TIER : WAL_NEW_UPPER_TIER);
    const extra = alone === 'yes' ? amountOf(context, lowerTier ? WAL_SINGLE_PARENT_LOWER_TIER_EXTRA : WAL_SINGLE_PARENT_UPPER_TIER_EXTRA) : 0;
    if (base === undefined || extra === undefined) return undefined;
    total += (base + extra) * newChildren.length;
  }
  if (oldChildren.length > 0 && lowerTier) {
    const byRank = [WAL_OLD_FIRST_CHILD, WAL_OLD_SECOND_CHILD, WAL_OLD_THIRD_CHILD_ON].map((p) => amountOf(context, p));
    for (let rank = 0; rank < oldChildren.length; rank += 1) {
      const amount = byRank[Math.min(rank, byRank.length - 1)];
      if (amount === undefined) return undefined;
      total += amount;
    }
  }
  return total > 0 ? perMonth(cents(total)) : undefined;
}

export const walFamilyAllowanceSocialSupplement: RightDefinition = {
  id: 'wal-family-allowance-social-supplement',
  level: 'wallonia',
  provider: 'family-allowance-fund',
  automatic: true,
  officialNames: { fr: 'Supplément social (allocations familiales)', nl: 'Sociale toeslag (kinderbijslag Wallonië)', de: 'Sozialzuschlag (Familienbeihilfen Wallonie)' },
  worthAsking: ['familyAllowance.over18', 'walFamilySupplement.otherSupplements'],
  claim: { documents: [], steps: 2 },
  sources: [
    'https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-je-vis-seul-avec-mes-enfants-enfant-0',
    'https://mc.be/en-marche/vos-droits/familles/quelles-allocations-familiales-pour-les-familles-modestes',
    'https://camille.be/supplements-sociaux',
    'https://vraagjestartbedragaan.be/fr/wallonie/allocations-familiales/supplements/familles-monoparentales',
  ],
  research: 'wal-af-supplement-social',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const children = entitledChildren(context);
    const t = thresholds(context);
    const income = incomeRoute(children, t);
    const check = all(context.facts.regionIs('wallonia'), children.check, () => {
      const route = any(income, () => bimRoute(context));
      // While BIM is in doubt, still say where the income stands.
      return route.verdict === 'unknown' && income.verdict === 'no' ? withReason(route, ...income.reasons) : route;
    });
    const amount = income.verdict === 'yes' && 'income' in t ? estimate(context, children, t) : undefined;
    return { check, ...(amount ? { estimate: amount } : {}) };
  },
};
