// Three-valued checks and the combinators that build rules from them. A check is "yes", "no"
// or "unknown"; it carries the reasons it used, the facts whose answer would settle it, and
// the rights to obtain first when it holds through another right (chains).
import type { Reason } from './reason';

export type Verdict = 'yes' | 'no' | 'unknown';

export interface Check {
  verdict: Verdict;
  reasons: Reason[];
  /** Profile fields (JSON paths) whose answer would settle an "unknown". */
  missing: string[];
  /** Rights the household must obtain first for this check to hold. */
  after: string[];
  /** An "unknown" that no answer settles: a figure to confirm with the office. */
  unverified?: boolean;
}

export type CheckOrThunk = Check | (() => Check);

const NONE: string[] = [];

// Checks without reasons are shared: they are never mutated, and rules make many of them.
const BARE_YES: Check = Object.freeze({ verdict: 'yes', reasons: [], missing: NONE, after: NONE }) as Check;
const BARE_NO: Check = Object.freeze({ verdict: 'no', reasons: [], missing: NONE, after: NONE }) as Check;

export function yes(...reasons: Reason[]): Check {
  return reasons.length === 0 ? BARE_YES : { verdict: 'yes', reasons, missing: NONE, after: NONE };
}

export function no(...reasons: Reason[]): Check {
  return reasons.length === 0 ? BARE_NO : { verdict: 'no', reasons, missing: NONE, after: NONE };
}

export function unknown(missing: string[], ...reasons: Reason[]): Check {
  return { verdict: 'unknown', reasons, missing, after: NONE };
}

/** Unknown because a figure the research could not confirm decides it. */
export function toConfirm(...reasons: Reason[]): Check {
  return { verdict: 'unknown', reasons, missing: NONE, after: NONE, unverified: true };
}

function force(item: CheckOrThunk): Check {
  return typeof item === 'function' ? item() : item;
}

/**
 * Every condition must hold. Stops at the first "no" (that is the reason why not); an
 * "unknown" keeps the others going so all the missing facts are known at once.
 */
export function all(...items: CheckOrThunk[]): Check {
  let reasons: Reason[] | undefined;
  let missing: string[] | undefined;
  let after: string[] | undefined;
  let unknowns = 0;
  let allUnverified = true;
  for (const item of items) {
    const check = force(item);
    if (check.verdict === 'no') return check;
    if (check.reasons.length > 0) reasons = reasons ? reasons.concat(check.reasons) : check.reasons;
    if (check.after.length > 0) after = mergeInto(after, check.after);
    if (check.verdict === 'unknown') {
      unknowns += 1;
      if (check.missing.length > 0) missing = mergeInto(missing, check.missing);
      if (!check.unverified) allUnverified = false;
    }
  }
  if (unknowns > 0) {
    return {
      verdict: 'unknown',
      reasons: reasons ?? [],
      missing: missing ?? NONE,
      after: after ?? NONE,
      ...(allUnverified ? { unverified: true } : {}),
    };
  }
  return { verdict: 'yes', reasons: reasons ?? [], missing: NONE, after: after ?? NONE };
}

/**
 * One condition is enough. A "yes" that needs no other right first wins at once; a "yes"
 * through a chain is kept in case a direct route follows. All "no"s together say why not.
 */
export function any(...items: CheckOrThunk[]): Check {
  let chained: Check | undefined;
  let unknownReasons: Reason[] | undefined;
  let missing: string[] | undefined;
  let unknowns = 0;
  let allUnverified = true;
  let noReasons: Reason[] | undefined;
  for (const item of items) {
    const check = force(item);
    if (check.verdict === 'yes') {
      if (check.after.length === 0) return check;
      chained ??= check;
    } else if (check.verdict === 'unknown') {
      unknowns += 1;
      if (check.reasons.length > 0) unknownReasons = unknownReasons ? unknownReasons.concat(check.reasons) : check.reasons;
      if (check.missing.length > 0) missing = mergeInto(missing, check.missing);
      if (!check.unverified) allUnverified = false;
    } else if (check.reasons.length > 0) {
      noReasons = noReasons ? noReasons.concat(check.reasons) : check.reasons;
    }
  }
  if (chained) return chained;
  if (unknowns > 0) {
    return {
      verdict: 'unknown',
      reasons: unknownReasons ?? [],
      missing: missing ?? NONE,
      after: NONE,
      ...(allUnverified ? { unverified: true } : {}),
    };
  }
  return noReasons ? { verdict: 'no', reasons: noReasons, missing: NONE, after: NONE } : no();
}

/** Adds items not yet present, without touching the lists given (they may be shared). */
function mergeInto(target: string[] | undefined, items: readonly string[]): string[] {
  if (!target) return [...items];
  for (const item of items) if (!target.includes(item)) target.push(item);
  return target;
}

/** Adds a reason to a check whatever its verdict (e.g. which route was taken). */
export function withReason(check: Check, ...reasons: Reason[]): Check {
  return { ...check, reasons: [...check.reasons, ...reasons] };
}
