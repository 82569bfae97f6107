// Incomes and ceilings shared by the housing rights: the latest tax assessment, ceilings built
// from a base plus several amounts per person, and the comparisons when who counts is not sure.
import { unknown, type Check } from '../engine/check';
import { isCeiling } from '../engine/ceilings';
import type { HouseholdFacts } from '../engine/facts';
import { incomeAtMost, monthlyNetIncome, type Ceiling, type IncomeLookup } from '../engine/income';
import { cents } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import { RIS_COHABITANT, RIS_FAMILY, RIS_SINGLE } from '../parameters/be-integration-income';
import { combineBounds, type Parameter, type ValueInForce } from '../parameters/parameter';
import { risCategory, type RisCategory } from './ris-category';

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
  const strictCategory = risCategory(facts, false);
  const generousCategory = risCategory(facts, true);
  const ceilingFor = (category: RisCategory): Ceiling | Check => {
    const ris = context.valueOf(category === 'single' ? RIS_SINGLE : category === 'family' ? RIS_FAMILY : RIS_COHABITANT);
    if (!ris) return unknownFigure();
    const times = (category === 'couple' ? 2 : 1) * shareValue.value;
    return {
      amount: cents(ris.value * times),
      per: 'month',
      verified: ris.verified && shareValue.verified,
      bound: ris.bound,
      ...(ris.bound === 'at-least' && ris.max !== undefined ? { max: cents(ris.max * times) } : {}),
    };
  };
  const strict = ceilingFor(strictCategory);
  const generous = ceilingFor(generousCategory);
  // The person's and their partner's incomes count; family allowances do not.
  const counted = facts.couple;
  const resources = monthlyNetIncome(counted, { exclude: ['child-benefit'] });
  const compare = (lookup: IncomeLookup, ceiling: Ceiling) =>
    incomeAtMost(lookup, ceiling, { category: ceiling === generous ? generousCategory : strictCategory });
  return incomeWithin(resources, strict, generous, { missing: unknownAges.map((child) => child.path('birthDate')), reasons: [] }, compare);
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

// ---- Ceilings ----------------------------------------------------------------------------

export interface PerPerson {
  parameter: Parameter;
  count: number;
}

/**
 * A base plus several amounts per person, in force on the day asked (like `ceilingOf`), with
 * the most an expired index-linked ceiling can have risen to since (`max`).
 */
export function sumCeiling(context: RuleContext, base: Parameter, extras: readonly PerPerson[] = []): Ceiling | Check {
  const baseValue = context.valueOf(base);
  if (!baseValue) return unknownFigure();
  let amount = baseValue.value;
  let max = upper(baseValue);
  let verified = baseValue.verified;
  let bound = baseValue.bound;
  for (const extra of extras) {
    if (extra.count === 0) continue;
    const value = context.valueOf(extra.parameter);
    if (!value) return unknownFigure();
    amount += value.value * extra.count;
    const extraMax = upper(value);
    max = max === undefined || extraMax === undefined ? undefined : max + extraMax * extra.count;
    verified &&= value.verified;
    bound = combineBounds(bound, value.bound);
  }
  return {
    amount: cents(amount),
    per: base.per === 'month' ? 'month' : 'year',
    verified,
    bound,
    ...(bound === 'at-least' && max !== undefined ? { max: cents(max) } : {}),
  };
}

function upper(value: ValueInForce): number | undefined {
  return value.bound === 'exact' ? value.value : value.max;
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
