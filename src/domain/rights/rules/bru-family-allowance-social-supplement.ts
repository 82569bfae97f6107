// Supplément social des allocations familiales, Brussels — research §13.2. Added to the
// allowances of children living in Brussels when the household's gross taxable income is low
// and its cadastral income small. The research does not say which income year counts, nor
// whether the supplement comes without a request: incomes are compared as estimates (10 %
// margin) and the household is told to ask its fund.
import { all, any, no, toConfirm, unknown, withReason, yes, type Check } from '../engine/check';
import { ceilingOf, isCeiling } from '../engine/ceilings';
import { incomeAtMost } from '../engine/income';
import { cents, perMonth, perYear, type Money } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Tenure } from '../../profile';
import {
  BRU_AMOUNTS,
  BRU_CADASTRAL_INCOME_LIMIT,
  BRU_LOWER_THRESHOLD,
  BRU_UPPER_THRESHOLD,
} from '../parameters/bru-family-allowance-social-supplement';
import {
  confirmWhenClose,
  entitledChildren,
  incomeBelow,
  incomeOfUnnamedYear,
  singleParent,
  type EntitledChildren,
} from './family-allowance-shared';

/** Someone who rents, is hosted or has no home, and owns no other dwelling or plot, owns no real estate. */
const NOT_OWNING_HOME: ReadonlySet<Tenure> = new Set(['private-rent', 'social-rent', 'hosted', 'homeless']);

function cadastralIncome(context: RuleContext): Check {
  const limit = context.valueOf(BRU_CADASTRAL_INCOME_LIMIT);
  if (!limit) return toConfirm(reason('figure.unknownForDate'));
  const { household } = context.facts;
  const values = { max: perYear(limit.value) };
  if (household.realEstateIncome !== undefined) {
    const income = perYear(household.realEstateIncome);
    return household.realEstateIncome < limit.value
      ? yes(reason('bruFamilySupplement.cadastralBelow', { ...values, income }))
      : no(reason('bruFamilySupplement.cadastralAbove', { ...values, income }));
  }
  const housing = household.housing;
  if (housing?.tenure !== undefined && NOT_OWNING_HOME.has(housing.tenure) && housing.ownsOtherDwelling === false) {
    return yes(reason('bruFamilySupplement.ownsNoProperty'));
  }
  return unknown(['household.realEstateIncome']);
}

/**
 * Between the two thresholds the supplement is paid for two children or more; for one child
 * aged 0–11 it is 0 €; for one child aged 12–24 the source is not legible.
 */
function upperTierPays(children: EntitledChildren): Check {
  if (children.known.length >= 2) return yes();
  if (children.unknownAge.length > 0) return unknown(children.unknownAge.map((child) => child.path('birthDate')));
  const only = children.known[0];
  if (only?.age === undefined) return no();
  return only.age < BRU_AMOUNTS.olderFrom
    ? no(reason('bruFamilySupplement.oneYoungChild', { age: BRU_AMOUNTS.olderFrom }))
    : toConfirm(reason('bruFamilySupplement.oneOlderChild', { age: BRU_AMOUNTS.olderFrom }));
}

/** The one cell the source does not show: a household of one child aged 12–24. */
function onlyChildIsOlder(children: EntitledChildren): boolean {
  const only = children.known[0];
  return children.known.length === 1 && children.unknownAge.length === 0 && only?.age !== undefined && only.age >= BRU_AMOUNTS.olderFrom;
}

type Tier = 'lowerTier' | 'upperTier';

function sizeOf(children: number): 'one' | 'two' | 'threeOrMore' {
  return children === 1 ? 'one' : children === 2 ? 'two' : 'threeOrMore';
}

/** Per month, from the legible cells of the table; undefined when a cell or a fact is missing. */
function estimate(context: RuleContext, children: EntitledChildren, tier: Tier): Money | undefined {
  if (context.asOf < BRU_AMOUNTS.validFrom || children.unknownAge.length > 0 || children.known.length === 0) return undefined;
  const size = sizeOf(children.known.length);
  const alone = singleParent(context.facts).verdict;
  let total = 0;
  for (const child of children.known) {
    const bracket = (child.age ?? 0) < BRU_AMOUNTS.olderFrom ? 'younger' : 'older';
    if (tier === 'upperTier') {
      const amount = BRU_AMOUNTS.upperTier[size][bracket];
      if (amount === undefined) return undefined;
      total += amount;
    } else {
      const amounts = BRU_AMOUNTS.lowerTier[size][bracket];
      if (amounts === undefined || alone === 'unknown') return undefined;
      total += alone === 'yes' ? amounts.singleParent : amounts.couple;
    }
  }
  return total > 0 ? perMonth(cents(total)) : undefined;
}

export const bruFamilyAllowanceSocialSupplement: RightDefinition = {
  id: 'bru-family-allowance-social-supplement',
  level: 'brussels',
  provider: 'family-allowance-fund',
  automatic: false,
  officialNames: { fr: 'Supplément social (allocations familiales)', nl: 'Sociale toeslag (gezinsbijslag Brussel)', de: 'Sozialzuschlag (Familienleistungen Brüssel)' },
  worthAsking: ['familyAllowance.over18', 'bruFamilySupplement.askFund'],
  claim: { documents: ['tax-assessment', 'income-proofs'], steps: 2 },
  sources: [
    'https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles',
    'https://staging.brusselsfamily.be/foire-aux-questions',
    'https://www.infino.be/fr/blog/allocationsfamiliales/supplement-social?partner=thevillage',
  ],
  research: 'bxl-af-supplement-social',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const children = entitledChildren(context);
    const lower = ceilingOf(context, BRU_LOWER_THRESHOLD);
    const upper = ceilingOf(context, BRU_UPPER_THRESHOLD);
    if (!isCeiling(lower)) return { check: lower };
    if (!isCeiling(upper)) return { check: upper };
    const income = incomeOfUnnamedYear(context, facts.couple);
    const below = confirmWhenClose(incomeBelow(income.lookup, lower), income);
    const upTo = () => confirmWhenClose(incomeAtMost(income.lookup, upper), income);
    const incomeCheck = any(below, () => all(upperTierPays(children), upTo));
    const check = all(facts.regionIs('brussels'), children.check, incomeCheck, () => cadastralIncome(context));
    const tier: Tier | undefined = below.verdict === 'yes' ? 'lowerTier' : below.verdict === 'no' && incomeCheck.verdict === 'yes' ? 'upperTier' : undefined;
    const amount = tier ? estimate(context, children, tier) : undefined;
    const cellMissing = tier === 'lowerTier' && check.verdict === 'yes' && onlyChildIsOlder(children);
    return {
      check: cellMissing ? withReason(check, reason('familyAllowance.amountUnknown')) : check,
      ...(amount ? { estimate: amount } : {}),
    };
  },
};
