// What the family-allowance rules share (research §13): the children who still give right to
// allowances, the household income the funds count, and the comparisons the engine lacks
// ("less than" a threshold, an income year the research does not name).
import type { IsoDate } from '../../calendar/iso-date';
import type { IncomeKind } from '../../profile';
import { no, toConfirm, unknown, yes, type Check } from '../engine/check';
import type { HouseholdFacts, MemberFacts } from '../engine/facts';
import { incomeAtMost, taxableIncome, type Ceiling, type IncomeLookup } from '../engine/income';
import { cents, perMonth, perYear } from '../engine/money';
import { reason } from '../engine/reason';
import type { RuleContext } from '../engine/rule';
import type { Parameter } from '../parameters/parameter';
import { CHILD_AGE_LIMIT } from '../parameters/family-allowances';

export interface EntitledChildren {
  /** Whether at least one child still gives right to family allowances. */
  check: Check;
  /** Children under the age limit, birth date known. */
  known: MemberFacts[];
  /** Children whose birth date is not known (or still to come): they may count. */
  unknownAge: MemberFacts[];
}

/** The children of the household who are under the family-allowance age limit. */
export function entitledChildren(context: RuleContext): EntitledChildren {
  const children = context.facts.children;
  const limit = context.valueOf(CHILD_AGE_LIMIT);
  if (!limit) return { check: toConfirm(reason('figure.unknownForDate')), known: [], unknownAge: [...children] };
  const known = children.filter((child) => child.age !== undefined && child.age < limit.value);
  const unknownAge = children.filter((child) => child.age === undefined);
  if (children.length === 0) return { check: no(reason('familyAllowance.noChild')), known, unknownAge };
  if (known.length > 0) return { check: yes(), known, unknownAge };
  if (unknownAge.length > 0) return { check: unknown(unknownAge.map((child) => child.path('birthDate'))), known, unknownAge };
  return { check: no(reason('familyAllowance.noChildUnderLimit', { max: limit.value })), known, unknownAge };
}

/** Single parent as the funds mean it: the status, and no partner at home. */
export function singleParent(facts: HouseholdFacts): Check {
  if (facts.partner) return no();
  return facts.hasStatus(facts.self, 'single-parent');
}

/**
 * The yearly gross taxable income of `counted`, exact from the tax assessment of the year
 * named. Monthly incomes give an estimate only once every member's incomes are known: whether
 * another adult at home changes the picture is for the fund to say, and an estimate must never
 * look firmer than the tax figure it stands in for.
 */
export function countedIncome(
  facts: HouseholdFacts,
  counted: readonly MemberFacts[],
  options: { year?: number; exclude?: readonly IncomeKind[] } = {},
): IncomeLookup {
  const notAnswered = facts.members.filter((m) => m.member.incomes === undefined && !counted.includes(m));
  return taxableIncome(facts, 'gross-taxable', [...counted, ...notAnswered], options);
}

export interface UnnamedYearIncome {
  lookup: IncomeLookup;
  /** The figure is the household's own tax assessment, so asking for it again would not help. */
  fromAssessment: boolean;
}

/**
 * Income when the research does not say which year counts: the latest tax assessment before
 * the day asked, else the monthly incomes — always an estimate, compared with a 10 % margin.
 */
export function incomeOfUnnamedYear(context: RuleContext, counted: readonly MemberFacts[]): UnnamedYearIncome {
  const before = Number(context.asOf.slice(0, 4));
  const latest = (context.facts.household.taxableIncome ?? [])
    .filter((assessment) => assessment.grossTaxable !== undefined && assessment.year < before)
    .sort((a, b) => b.year - a.year)[0]?.grossTaxable;
  if (latest === undefined) return { lookup: countedIncome(context.facts, counted), fromAssessment: false };
  return {
    lookup: { figure: { low: latest, high: latest, per: 'year', exact: false, settles: 'household.taxableIncome' } },
    fromAssessment: true,
  };
}

/** A tax figure close to a threshold, for a year the research does not name: only the office can say. */
export function confirmWhenClose(check: Check, income: UnnamedYearIncome): Check {
  if (check.verdict !== 'unknown' || check.unverified || !income.fromAssessment) return check;
  return toConfirm(reason('familyAllowance.closeToThreshold', check.reasons[0]?.values));
}

/** Income "less than" a threshold: as `incomeAtMost`, except that an income equal to it is not below. */
export function incomeBelow(lookup: IncomeLookup, ceiling: Ceiling, extra: Record<string, number | string> = {}): Check {
  const check = incomeAtMost(lookup, ceiling, extra);
  if (check.verdict !== 'yes' || !('figure' in lookup) || !lookup.figure.exact || lookup.figure.low < ceiling.amount) return check;
  const money = ceiling.per === 'year' ? perYear : perMonth;
  const values = { ...extra, income: money(cents(lookup.figure.low)), ceiling: money(cents(ceiling.amount)) };
  // An indexed threshold may since have risen above an income equal to its last known value.
  return ceiling.bound === 'exact' ? no(reason('familyAllowance.notBelow', values)) : toConfirm(reason('income.ceilingToConfirm', values));
}

/** The income year of a yearly period starting in `startMonth`, `yearsBack` years before the period. */
export function incomeYearOfPeriod(asOf: IsoDate, startMonth: number, yearsBack: number): number {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  return (month >= startMonth ? year : year - 1) - yearsBack;
}

/**
 * An amount to estimate with: verified, and in force on the day, or (indexed) at least that
 * much since. Undefined otherwise: no estimate from a figure the research could not confirm.
 */
export function amountOf(context: RuleContext, parameter: Parameter): number | undefined {
  const value = context.valueOf(parameter);
  if (!value || !value.verified) return undefined;
  return value.bound === 'exact' || value.bound === 'at-least' ? value.value : undefined;
}
