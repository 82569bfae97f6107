// Builds a ceiling from dated parameters: a base plus an amount per person, in force on the
// evaluation day, keeping whether every figure used is verified and still current.
import { combineBounds, type Parameter, type ValueInForce } from '../parameters/parameter';
import { toConfirm, type Check } from './check';
import { incomeAtMost, type Ceiling, type IncomeLookup } from './income';
import { cents } from './money';
import { reason } from './reason';
import type { RuleContext } from './rule';

export function ceilingOf(
  context: RuleContext,
  base: Parameter,
  extra?: { parameter: Parameter; count: number },
): Ceiling | Check {
  const baseValue = context.valueOf(base);
  const extraValue = extra ? context.valueOf(extra.parameter) : undefined;
  if (!baseValue || (extra && !extraValue)) return toConfirm(reason('figure.unknownForDate'));
  const per = base.per === 'month' ? 'month' : 'year';
  const upper = (value: ValueInForce) => (value.bound === 'exact' ? value.value : value.max);
  const baseMax = upper(baseValue);
  const extraMax = extraValue ? upper(extraValue) : 0;
  const bound = extraValue ? combineBounds(baseValue.bound, extraValue.bound) : baseValue.bound;
  return {
    // Rounded to the cent: 25 630,67 + 4 744,94 must be 30 375,61, not 30 375,609999…
    amount: cents(baseValue.value + (extra && extraValue ? extraValue.value * extra.count : 0)),
    per,
    verified: baseValue.verified && (extraValue?.verified ?? true),
    bound,
    ...(bound === 'at-least' && baseMax !== undefined && extraMax !== undefined
      ? { max: cents(baseMax + (extra ? extraMax * extra.count : 0)) }
      : {}),
  };
}

export function isCeiling(value: Ceiling | Check): value is Ceiling {
  return 'amount' in value;
}

/** The year whose income a rule uses, counted back from the evaluation day. */
export function incomeYear(context: RuleContext, yearsBack: number): number {
  return Number(context.asOf.slice(0, 4)) - yearsBack;
}

/**
 * Income at most a ceiling when the law can be read two ways (e.g. an amount "per dependant"
 * or "per additional member"): decided on the strict reading; where only the generous reading
 * lets the household in, the answer is "to confirm with the office".
 */
export function incomeAtMostOrConfirm(
  lookup: IncomeLookup,
  strict: Ceiling | Check,
  generous: Ceiling | Check,
  extra: Record<string, number | string> = {},
): Check {
  if (!isCeiling(strict)) return strict;
  const check = incomeAtMost(lookup, strict, extra);
  if (check.verdict === 'yes' || !isCeiling(generous) || generous.amount === strict.amount) return check;
  const loose = incomeAtMost(lookup, generous, extra);
  if (loose.verdict === 'no' || check.verdict === 'unknown') return check;
  if (loose.verdict === 'yes') return toConfirm(reason('income.ruleUnclear', loose.reasons[0]?.values));
  return loose;
}
