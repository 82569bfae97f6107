// Household income in the form a rule names. Most Belgian ceilings are yearly *taxable*
// incomes (from the tax assessment of a given year), while people know their monthly net
// income. The tax figure, when given for the year the law names, is compared exactly. Otherwise
// the figure is estimated from the monthly incomes as a range, and a range that comes within
// 10 % of a ceiling gives "maybe": the person should bring their tax assessment.
import type { Income, IncomeKind } from '../../profile';
import { no, toConfirm, unknown, yes, type Check } from './check';
import { indices, type HouseholdFacts, type MemberFacts } from './facts';
import { cents, perMonth, perYear, type Money } from './money';
import type { Bound } from '../parameters/parameter';
import { reason } from './reason';

export type IncomeMeasure = 'gross-taxable' | 'net-taxable' | 'net-monthly';

export interface IncomeFigure {
  low: number;
  high: number;
  per: 'year' | 'month';
  exact: boolean;
  /** Field whose answer would make the figure exact. */
  settles: string;
}

export type IncomeLookup = { figure: IncomeFigure } | { missing: string[] };

/**
 * Yearly gross taxable income per euro of monthly income, by kind and basis, as a range.
 * Why these: a wage's taxable gross is the gross minus 13.07 % social security, over 12 months
 * plus holiday pay and end-of-year bonus (≈ 13.92 months); a low net wage is 65–90 % of that.
 * Replacement incomes carry a withholding tax of 0–25 %. RIS, GRAPA, CPAS aid, disability
 * allowances and family allowances are not taxable; 80 % of maintenance received is.
 */
const TAXABLE_PER_MONTHLY: Record<IncomeKind, { net: [number, number]; gross: [number, number] }> = {
  employment: { net: [12 * 1.1, 12 * 1.5], gross: [12 * 0.87, 13.92 * 0.87] },
  'self-employment': { net: [12 * 1.1, 12 * 1.6], gross: [12 * 0.8, 12] },
  'student-job': { net: [0, 12 * 1.1], gross: [0, 12] },
  unemployment: { net: [12, 12 * 1.25], gross: [12, 12] },
  'sickness-invalidity': { net: [12, 12 * 1.25], gross: [12, 12] },
  pension: { net: [12, 12 * 1.3], gross: [12, 12] },
  grapa: { net: [0, 0], gross: [0, 0] },
  'integration-income': { net: [0, 0], gross: [0, 0] },
  'social-aid': { net: [0, 0], gross: [0, 0] },
  'disability-allowance': { net: [0, 0], gross: [0, 0] },
  'child-benefit': { net: [0, 0], gross: [0, 0] },
  alimony: { net: [12 * 0.8, 12 * 0.8], gross: [12 * 0.8, 12 * 0.8] },
  // Rent received is taxed on the cadastral income, which the rent does not tell.
  rental: { net: [0, 12], gross: [0, 12] },
  other: { net: [12, 12 * 1.3], gross: [12, 12] },
};

/** Net taxable = gross taxable minus professional expenses (flat 30 %, capped) for work income. */
const NET_TAXABLE_SHARE: [number, number] = [0.7, 1];

/** Monthly net from a monthly gross figure. */
const NET_PER_GROSS: [number, number] = [0.55, 1];

function taxableRange(income: Income): [number, number] {
  const factors = TAXABLE_PER_MONTHLY[income.kind][income.basis ?? 'net'];
  return [income.monthly * factors[0], income.monthly * factors[1]];
}

export interface IncomeOptions {
  /** Income year the law names (e.g. the year two years before the request). */
  year?: number;
  /** Kinds the rule does not count (e.g. family allowances for the RIS). */
  exclude?: readonly IncomeKind[];
}

/** The yearly taxable income of the household, exact from the tax assessment or estimated. */
export function taxableIncome(
  facts: HouseholdFacts,
  measure: 'gross-taxable' | 'net-taxable',
  members: readonly MemberFacts[],
  options: IncomeOptions = {},
): IncomeLookup {
  const key = `taxable|${measure}|${indices(members)}|${options.year ?? ''}|${options.exclude?.join(',') ?? ''}`;
  return facts.remember(key, () => computeTaxableIncome(facts, measure, members, options));
}

function computeTaxableIncome(
  facts: HouseholdFacts,
  measure: 'gross-taxable' | 'net-taxable',
  members: readonly MemberFacts[],
  options: IncomeOptions,
): IncomeLookup {
  const field = measure === 'gross-taxable' ? 'grossTaxable' : 'netTaxable';
  const assessments = facts.household.taxableIncome ?? [];
  const named = options.year === undefined ? undefined : assessments.find((a) => a.year === options.year);
  const exact = named?.[field];
  if (exact !== undefined) {
    return { figure: { low: exact, high: exact, per: 'year', exact: true, settles: 'household.taxableIncome' } };
  }
  const monthly = monthlyIncomes(members, options.exclude);
  if ('missing' in monthly) {
    // No monthly incomes either: a figure of another year is still an estimate.
    const other = assessments.filter((a) => a[field] !== undefined).sort((a, b) => b.year - a.year)[0]?.[field];
    if (other !== undefined) {
      return { figure: { low: other, high: other, per: 'year', exact: false, settles: 'household.taxableIncome' } };
    }
    return { missing: [...monthly.missing, 'household.taxableIncome'] };
  }
  let low = 0;
  let high = 0;
  for (const income of monthly.incomes) {
    const [a, b] = taxableRange(income);
    low += a;
    high += b;
  }
  if (measure === 'net-taxable') {
    low *= NET_TAXABLE_SHARE[0];
    high *= NET_TAXABLE_SHARE[1];
  }
  // Current monthly incomes only estimate the income of the year the law names.
  return { figure: { low, high, per: 'year', exact: false, settles: 'household.taxableIncome' } };
}

/** The household's monthly net income; exact when every income is given as net. */
export function monthlyNetIncome(members: readonly MemberFacts[], options: IncomeOptions = {}): IncomeLookup {
  const monthly = monthlyIncomes(members, options.exclude);
  if ('missing' in monthly) return { missing: monthly.missing };
  let low = 0;
  let high = 0;
  let exact = true;
  for (const income of monthly.incomes) {
    if ((income.basis ?? 'net') === 'net') {
      low += income.monthly;
      high += income.monthly;
    } else {
      exact = false;
      low += income.monthly * NET_PER_GROSS[0];
      high += income.monthly * NET_PER_GROSS[1];
    }
  }
  const settles = members.map((m) => m.path('incomes'))[0] ?? 'household.members[0].incomes';
  return { figure: { low, high, per: 'month', exact, settles } };
}

function monthlyIncomes(
  members: readonly MemberFacts[],
  exclude: readonly IncomeKind[] = [],
): { incomes: Income[] } | { missing: string[] } {
  const missing = members.filter((m) => m.member.incomes === undefined).map((m) => m.path('incomes'));
  if (missing.length > 0) return { missing };
  return { incomes: members.flatMap((m) => m.member.incomes ?? []).filter((i) => !exclude.includes(i.kind)) };
}

export interface Ceiling {
  amount: number;
  per: 'year' | 'month';
  verified: boolean;
  /** Whether the amount is the ceiling on that day, or only a bound of it (see parameter.ts). */
  bound: Bound;
}

function money(amount: number, per: 'year' | 'month'): Money {
  return per === 'year' ? perYear(cents(amount)) : perMonth(cents(amount));
}

/**
 * Income at most a ceiling. `topic` prefixes the reason keys so that each rule can say what
 * the ceiling is for; values always carry the figures used.
 */
export function incomeAtMost(lookup: IncomeLookup, ceiling: Ceiling, extra: Record<string, number | string> = {}): Check {
  if ('missing' in lookup) return unknown(lookup.missing, reason('income.unknown'));
  const { figure } = lookup;
  if (figure.per !== ceiling.per) throw new Error(`Comparing a ${figure.per}ly income with a ${ceiling.per}ly ceiling`);
  const limit = money(ceiling.amount, ceiling.per);
  const values = { ...extra, ceiling: limit };
  if (!ceiling.verified) {
    return toConfirm(reason('income.ceilingToConfirm', { ...values, income: money((figure.low + figure.high) / 2, figure.per) }));
  }
  // Outside the period its source covers, an indexed ceiling is only known as a bound: an
  // income under a lower bound is under the ceiling, an income over an upper bound is over it,
  // and anything else only the office can say.
  const { bound } = ceiling;
  const canSayYes = bound === 'exact' || bound === 'at-least';
  const canSayNo = bound === 'exact' || bound === 'at-most';
  const notSure = bound === 'at-least' ? 'income.aboveOldCeiling' : 'income.ceilingToConfirm';
  if (figure.exact) {
    const income = money(figure.low, figure.per);
    if (figure.low <= ceiling.amount) return canSayYes ? yes(reason('income.atMost', { ...values, income })) : toConfirm(reason(notSure, { ...values, income }));
    return canSayNo ? no(reason('income.above', { ...values, income })) : toConfirm(reason(notSure, { ...values, income }));
  }
  const estimate = money((figure.low + figure.high) / 2, figure.per);
  const estimateNotSure = bound === 'at-least' ? 'income.estimateAboveOldCeiling' : 'income.ceilingToConfirm';
  if (figure.high < ceiling.amount * 0.9) {
    return canSayYes
      ? yes(reason('income.estimateBelow', { ...values, income: estimate }))
      : toConfirm(reason(estimateNotSure, { ...values, income: estimate }));
  }
  if (figure.low > ceiling.amount * 1.1) {
    return canSayNo
      ? no(reason('income.estimateAbove', { ...values, income: estimate }))
      : toConfirm(reason(estimateNotSure, { ...values, income: estimate }));
  }
  return unknown([figure.settles], reason('income.close', { ...values, income: estimate }));
}

/** The figure as Money, for estimates (e.g. an amount minus resources). */
export function middle(lookup: IncomeLookup): number | undefined {
  return 'figure' in lookup ? (lookup.figure.low + lookup.figure.high) / 2 : undefined;
}
