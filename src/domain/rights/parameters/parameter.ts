// A legal figure (a ceiling, an amount, an age) with its history and provenance. Evaluation
// uses the value in force on the date asked. Every value says where it was read and whether
// the research could confirm it (../shared/research/rights-be.md).
import { daysBetween, type IsoDate } from '../../calendar/iso-date';
import type { Period } from '../engine/money';

export interface ParameterValue {
  /** First day this value applies (for a request, a payment or an income year, as `note` says). */
  validFrom: IsoDate;
  /** Last day the source says it covers; after it the value may have been indexed. */
  validUntil?: IsoDate;
  value: number;
  /** False where the research marks the figure UNVERIFIED: never decide on it alone. */
  verified: boolean;
  source: string;
  /** Date printed on the source (page update, publication), when it gives one. */
  sourceDate?: IsoDate;
  note?: string;
}

export interface Parameter {
  id: string;
  unit: 'EUR' | 'years' | 'months' | 'days' | 'people' | 'ratio' | 'points';
  /** For money: what period the amount is for. */
  per?: Period;
  /**
   * "up": the law only ever raises it (indexation). An expired ceiling then still proves that
   * an income below it is below the current one.
   */
  direction?: 'up';
  /**
   * For an index-linked figure: the most it can rise in a year (0.12 = 12 %). Past the period its
   * source covers, the figure then has an upper bound too, so an income far above it is "no"
   * rather than "to confirm". Belgian index-linked social amounts rose by about 10 % in 2022,
   * their fastest year in four decades (five 2 % index jumps); 12 % is the bound used.
   */
  maxYearlyRise?: number;
  /** Last time someone compared these values with their sources. */
  checkedOn: IsoDate;
  values: readonly ParameterValue[];
}

/**
 * How far a value can be trusted on the day asked:
 * - "exact": the source covers that day;
 * - "at-least": the day is after what the source covers, and the figure only ever rises;
 * - "at-most": the day is before the first value known, and the figure only ever rises;
 * - "unknown": outside what the source covers, for a figure that may move either way.
 */
export type Bound = 'exact' | 'at-least' | 'at-most' | 'unknown';

export interface ValueInForce {
  value: number;
  verified: boolean;
  bound: Bound;
  validFrom: IsoDate;
  /** For an "at-least" value that can only rise so fast: the most it can be on that day. */
  max?: number;
}

// Every household evaluated on the same day asks the same values: remember them per day.
const inForce = new WeakMap<Parameter, Map<IsoDate, ValueInForce | undefined>>();

/** The value in force on a day, or undefined when nothing at all can be said for that day. */
export function valueOn(parameter: Parameter, on: IsoDate): ValueInForce | undefined {
  let byDay = inForce.get(parameter);
  if (!byDay) {
    byDay = new Map();
    inForce.set(parameter, byDay);
  }
  if (byDay.has(on)) return byDay.get(on);
  const value = computeValueOn(parameter, on);
  byDay.set(on, value);
  return value;
}

function computeValueOn(parameter: Parameter, on: IsoDate): ValueInForce | undefined {
  let found: ParameterValue | undefined;
  let earliest: ParameterValue | undefined;
  for (const entry of parameter.values) {
    if (entry.validFrom <= on && (!found || entry.validFrom > found.validFrom)) found = entry;
    if (!earliest || entry.validFrom < earliest.validFrom) earliest = entry;
  }
  const rises = parameter.direction === 'up';
  if (!found) {
    if (!earliest || !rises) return undefined;
    return { value: earliest.value, verified: earliest.verified, bound: 'at-most', validFrom: earliest.validFrom };
  }
  const expired = found.validUntil !== undefined && on > found.validUntil;
  const value: ValueInForce = {
    value: found.value,
    verified: found.verified,
    bound: !expired ? 'exact' : rises ? 'at-least' : 'unknown',
    validFrom: found.validFrom,
  };
  if (expired && rises && parameter.maxYearlyRise !== undefined && found.validUntil) {
    const years = Math.max(0, daysBetween(found.validUntil, on)) / 365;
    value.max = found.value * (1 + parameter.maxYearlyRise) ** Math.ceil(years);
  }
  return value;
}

/** The bound of a sum of two values (a base plus an amount per person). */
export function combineBounds(a: Bound, b: Bound): Bound {
  if (a === b) return a;
  if (a === 'exact') return b;
  if (b === 'exact') return a;
  return 'unknown';
}

export function parameter(definition: Parameter): Parameter {
  return definition;
}
