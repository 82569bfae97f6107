// Evaluates the whole catalogue for one household on one day, on the device. Rights that
// follow from other rights (RIS → BIM → heating allowance…) are evaluated on demand, once.
import type { IsoDate } from '../../calendar/iso-date';
import type { Profile } from '../../profile';
import type { RightId } from '../catalogue/right-ids';
import { valueOn, type Parameter } from '../parameters/parameter';
import { no, unknown, yes, type Check } from './check';
import { HouseholdFacts } from './facts';
import type { Money } from './money';
import { reason, type Reason } from './reason';
import type { RightDefinition, RuleContext } from './rule';

export type RightStatus = 'eligible' | 'maybe' | 'not-eligible';

export interface RightResult {
  id: RightId;
  status: RightStatus;
  reasons: Reason[];
  /** For a maybe: the profile fields (JSON paths) whose answer would settle it. */
  missing: string[];
  estimate?: Money;
  receiving: boolean;
  /** Rights to obtain first: this one follows from them. */
  after: RightId[];
  automatic: boolean;
  /** Conditions the app cannot check, to ask the office about. */
  worthAsking: readonly string[];
  /** A maybe that only the office can settle (a figure the research could not confirm). */
  toConfirm: boolean;
}

export interface Evaluation {
  catalogueVersion: string;
  asOf: IsoDate;
  results: RightResult[];
}

export interface Catalogue {
  version: string;
  rights: readonly RightDefinition[];
}

const STATUS: Record<Check['verdict'], RightStatus> = { yes: 'eligible', unknown: 'maybe', no: 'not-eligible' };
const RECEIVING = [reason('receiving')];
const IN_PROGRESS = Symbol('in progress');
/** Shared empty list for results without missing facts or rights to ask first (never mutated). */
const NOTHING: string[] = [];

const indexes = new WeakMap<Catalogue, Map<RightId, RightDefinition>>();

function indexOf(catalogue: Catalogue): Map<RightId, RightDefinition> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.rights.map((right) => [right.id, right]));
    indexes.set(catalogue, index);
  }
  return index;
}

/** Another right's result as a condition of this one (see RuleContext.right). */
function asCondition(id: RightId, result: RightResult): Check {
  if (result.receiving) return yes(reason('chain.has', { right: id }));
  if (result.status === 'eligible') {
    return { ...yes(reason('chain.eligible', { right: id })), after: [...result.after, id] };
  }
  if (result.status === 'maybe') {
    return { ...unknown(result.missing, reason('chain.maybe', { right: id })), unverified: result.toConfirm || undefined };
  }
  return no(reason('chain.not', { right: id }));
}

export function evaluateRights(profile: Profile, asOf: IsoDate, catalogue: Catalogue): Evaluation {
  const facts = new HouseholdFacts(profile, asOf);
  const byId = indexOf(catalogue);
  // A right being evaluated is marked IN_PROGRESS, so a loop between rights is caught.
  const results = new Map<RightId, RightResult | typeof IN_PROGRESS>();
  const asConditions = new Map<RightId, Check>();

  const evaluateOne = (right: RightDefinition): RightResult => {
    const done = results.get(right.id);
    if (done && done !== IN_PROGRESS) return done;
    results.set(right.id, IN_PROGRESS);
    const receiving = right.receiving(facts);
    const outcome = right.evaluate(context);
    const check = outcome.check;
    const result: RightResult = {
      id: right.id,
      status: receiving ? 'eligible' : STATUS[check.verdict],
      // What the profile says wins: the rule's own reasons might only confuse (an income above
      // a ceiling for a right already granted through another route).
      reasons: receiving ? RECEIVING : check.reasons,
      missing: !receiving && check.verdict === 'unknown' ? check.missing : NOTHING,
      receiving,
      after: receiving || check.verdict !== 'yes' ? (NOTHING as RightId[]) : (check.after as RightId[]),
      automatic: outcome.automatic ?? right.automatic,
      worthAsking: right.worthAsking,
      toConfirm: !receiving && check.verdict === 'unknown' && check.unverified === true,
    };
    if (outcome.estimate && result.status !== 'not-eligible') result.estimate = outcome.estimate;
    results.set(right.id, result);
    return result;
  };

  const context: RuleContext = {
    facts,
    asOf,
    valueOf: (parameter: Parameter) => valueOn(parameter, asOf),
    right: (id: RightId): Check => {
      const known = asConditions.get(id);
      if (known) return known;
      const right = byId.get(id);
      // A right missing from the catalogue, or a loop between rights: nothing can be concluded.
      if (!right || results.get(id) === IN_PROGRESS) return unknown([]);
      const condition = asCondition(id, evaluateOne(right));
      asConditions.set(id, condition);
      return condition;
    },
  };



  return {
    catalogueVersion: catalogue.version,
    asOf,
    results: catalogue.rights.map(evaluateOne),
  };
}
