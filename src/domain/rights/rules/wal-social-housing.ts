// Logement d'utilité publique (social housing), Wallonia — research §21.1. A household can
// register as a candidate up to the "revenus moyens" ceiling; its category (précaire, modeste,
// moyen) decides its priority. Not in the German-speaking Community (see housing-shared.ts).
import { all, toConfirm, type Check } from '../engine/check';
import { incomeYear, isCeiling } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { incomeAtMost, taxableIncome, type Ceiling, type IncomeLookup } from '../engine/income';
import { perYear } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import {
  WAL_AVERAGE_SEVERAL,
  WAL_AVERAGE_SINGLE,
  WAL_MODEST_SEVERAL,
  WAL_MODEST_SINGLE,
  WAL_PER_CHILD,
  WAL_PRECARIOUS_SEVERAL,
  WAL_PRECARIOUS_SINGLE,
  WAL_SINGLE_PRINTED_CEILING,
} from '../parameters/wal-social-housing';
import { incomeWithin, sumCeiling } from './housing-income';
import { dependentChildren, walloonHousingRegion, walNotOwner } from './housing-shared';

type Category = 'precarious' | 'modest' | 'average';

const CATEGORIES: readonly { category: Category; single: Parameter; several: Parameter }[] = [
  { category: 'precarious', single: WAL_PRECARIOUS_SINGLE, several: WAL_PRECARIOUS_SEVERAL },
  { category: 'modest', single: WAL_MODEST_SINGLE, several: WAL_MODEST_SEVERAL },
  { category: 'average', single: WAL_AVERAGE_SINGLE, several: WAL_AVERAGE_SEVERAL },
];

/** The "personne seule" column is for one person alone; anyone else is "plusieurs personnes". */
function livesAlone(facts: HouseholdFacts): boolean {
  return facts.size === 1;
}

function ceilingFor(context: RuleContext, category: (typeof CATEGORIES)[number], children: number) {
  const alone = livesAlone(context.facts);
  return sumCeiling(context, alone ? category.single : category.several, alone ? [] : [{ parameter: WAL_PER_CHILD, count: children }]);
}

/**
 * The 2024 page prints two ceilings for a single person (42 800 € and 52 800 €). Below the
 * lower one the answer is sure; between the two, only the housing company can say.
 */
function singleCeilingDoubt(context: RuleContext, lookup: IncomeLookup, admission: Ceiling): Check | undefined {
  if (!livesAlone(context.facts)) return undefined;
  const printed = context.valueOf(WAL_SINGLE_PRINTED_CEILING);
  const average = context.valueOf(WAL_AVERAGE_SINGLE);
  if (!printed || !average || printed.validFrom !== average.validFrom) return undefined;
  const low = incomeAtMost(lookup, { ...admission, amount: printed.value });
  const high = incomeAtMost(lookup, admission);
  // Below both: said against the ceiling the series supports.
  if (low.verdict === 'yes') return high;
  // An estimate too close to the lower one: the tax assessment settles it.
  if (low.verdict === 'unknown' && !low.unverified) return low;
  if (high.verdict !== 'yes') return high;
  return toConfirm(reason('socialHousing.walTwoSingleCeilings', { lower: perYear(printed.value), ceiling: perYear(admission.amount) }));
}

/** Whether the income (of one reference year) is within the admission ceiling. */
function admission(context: RuleContext, lookup: IncomeLookup): Check {
  const children = dependentChildren(context.facts);
  const strict = ceilingFor(context, CATEGORIES[2]!, children.sure);
  if (isCeiling(strict)) {
    const doubt = singleCeilingDoubt(context, lookup, strict);
    if (doubt) return doubt;
  }
  const generous = ceilingFor(context, CATEGORIES[2]!, children.sure + children.maybe);
  return incomeWithin(lookup, strict, generous, children);
}

/**
 * Which category the income falls in, by the ceilings of the year in force (or the last known
 * ones). Said only when the whole income range falls in one category.
 */
function categoryReason(context: RuleContext, lookup: IncomeLookup): Reason | undefined {
  if (!('figure' in lookup)) return undefined;
  const { low, high, exact } = lookup.figure;
  const children = dependentChildren(context.facts).sure;
  for (const category of CATEGORIES) {
    const ceiling = ceilingFor(context, category, children);
    if (!isCeiling(ceiling)) return undefined;
    if (low > ceiling.amount) continue;
    if (high > ceiling.amount) return undefined;
    const parameter = livesAlone(context.facts) ? category.single : category.several;
    const year = Number(context.valueOf(parameter)?.validFrom.slice(0, 4));
    return reason(exact ? 'socialHousing.walCategory' : 'socialHousing.walCategoryEstimated', {
      incomeCategory: category.category,
      ceiling: perYear(ceiling.amount),
      year,
    });
  }
  return undefined;
}

/**
 * The household's net taxable income. The research has two readings of the reference year:
 * two years back (the Walloon allowances: a 2023 request looks at 2021) or three (one housing
 * company's page). With both assessments given and different answers, the office decides.
 */
function incomeCheck(context: RuleContext): Check {
  const { facts } = context;
  const years = [incomeYear(context, 2), incomeYear(context, 3)];
  const given = years.filter((year) => facts.household.taxableIncome?.some((a) => a.year === year && a.netTaxable !== undefined));
  const lookups = (given.length > 0 ? given : [years[0]!]).map((year) => taxableIncome(facts, 'net-taxable', facts.members, { year }));
  const checks = lookups.map((lookup) => admission(context, lookup));
  const [first, second] = checks;
  if (second && first && second.verdict !== first.verdict) return toConfirm(reason('socialHousing.walReferenceYear'));
  const check = first!;
  const category = check.verdict === 'yes' ? categoryReason(context, lookups[0]!) : undefined;
  return category ? { ...check, reasons: [...check.reasons, category] } : check;
}

export const walSocialHousing: RightDefinition = {
  id: 'wal-social-housing',
  level: 'wallonia',
  provider: 'social-housing-company',
  automatic: false,
  officialNames: { fr: 'Logement d’utilité publique (logement social)', nl: 'Sociale woning (Wallonië)', de: 'Sozialwohnung (Wallonie)' },
  worthAsking: ['socialHousing.walIncomeChanged', 'socialHousing.walOwnerExceptions', 'socialHousing.walPriority'],
  claim: { documents: ['id-card', 'household-composition', 'tax-assessment', 'income-proofs'], steps: 3 },
  sources: [
    'http://www.romanpais.be/getattachment/1d2d7f3e-2305-4c15-a391-c06a91c20934/Comment-s-inscrire-comme-candidat-locataire--.aspx',
    'http://www.logissocialdeliege.be/attribution-du-logement/',
    'https://www.uvcw.be/logement/focus/art-7904',
    'https://www.logementsduplateau.be/je-veux-devenir-locataire',
  ],
  research: 'wal-logement-social',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.region === 'wallonia' && facts.household.housing?.tenure === 'social-rent',
  evaluate: (context) => {
    const { facts } = context;
    const check = all(
      () => walloonHousingRegion(facts),
      () => walNotOwner(facts, { homeOwnerExcluded: true }),
      () => incomeCheck(context),
    );
    const candidate = facts.household.housing?.onSocialHousingWaitingList === true;
    return { check: candidate && check.verdict !== 'no' ? { ...check, reasons: [...check.reasons, reason('socialHousing.alreadyCandidate')] } : check };
  },
};
