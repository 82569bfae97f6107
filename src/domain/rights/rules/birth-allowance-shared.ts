// The four regional birth allowances (research §14) follow one rule: universal, no income
// condition, asked to the family-allowance fund of the region from the sixth month of
// pregnancy and up to five years after the birth. Only their amounts, and how sure the
// research is of them, differ.
import type { Region } from '../../profile';
import type { RightId } from '../catalogue/right-ids';
import { all, any, no, withReason, type Check } from '../engine/check';
import { once, type Money } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { Level, Provider, RightDefinition, RuleContext } from '../engine/rule';
import { BIRTH_CLAIM_YEARS } from '../parameters/birth-allowances';
import type { Parameter } from '../parameters/parameter';

export interface BirthAllowanceSpec {
  id: RightId;
  level: Level;
  region: Region;
  provider: Provider;
  officialNames: RightDefinition['officialNames'];
  sources: readonly string[];
  /** Per child (the first child where the amount depends on rank). */
  amount: Parameter;
  /** Each following child, where it differs. */
  nextAmount?: Parameter;
}

/** A pregnancy, or a child born less than five years ago. */
function recentBirth(context: RuleContext): Check {
  const { facts } = context;
  const years = context.valueOf(BIRTH_CLAIM_YEARS)?.value;
  const pregnancy = any(...facts.couple.map((parent) => facts.hasStatus(parent, 'pregnant')));
  const pregnancyRoute = pregnancy.verdict === 'yes' ? withReason(pregnancy, reason('birthAllowance.pregnancy')) : pregnancy;
  if (years === undefined) return pregnancyRoute;
  const children = facts.children.map((child) => {
    const young = facts.ageBelow(child, years);
    return young.verdict === 'yes' ? withReason(young, reason('birthAllowance.recentChild', { years })) : young;
  });
  const check = any(pregnancyRoute, ...children);
  return check.verdict === 'no' ? no(reason('birthAllowance.noRecentBirth', { years })) : check;
}

/** What the amount is worth saying: an estimate when verified, otherwise an indicative figure. */
function amountReasons(context: RuleContext, spec: BirthAllowanceSpec): { estimate?: Money; reasons: Reason[] } {
  const first = context.valueOf(spec.amount);
  const next = spec.nextAmount ? context.valueOf(spec.nextAmount) : undefined;
  if (!first) return { reasons: [] };
  if (!first.verified || (next && !next.verified)) {
    return {
      reasons: [
        next
          ? reason('birthAllowance.amountsIndicative', { first: once(first.value), next: once(next.value) })
          : reason('birthAllowance.amountIndicative', { amount: once(first.value) }),
      ],
    };
  }
  if (first.bound === 'at-most' || first.bound === 'unknown') return { reasons: [] };
  const reasons = [reason('birthAllowance.perChild', { amount: once(first.value) })];
  // An indexed amount past the period its source covers has probably risen since.
  if (first.bound === 'at-least') reasons.push(reason('birthAllowance.amountMayHaveRisen', { year: Number(first.validFrom.slice(0, 4)) }));
  return { estimate: once(first.value), reasons };
}

export function birthAllowance(spec: BirthAllowanceSpec): RightDefinition {
  return {
    id: spec.id,
    level: spec.level,
    provider: spec.provider,
    automatic: false,
    officialNames: spec.officialNames,
    worthAsking: ['birthAllowance.fromSixthMonth', 'birthAllowance.notYetPaid', 'birthAllowance.pregnancyLoss'],
    claim: { documents: ['id-card', 'medical-certificate'], steps: 2 },
    sources: spec.sources,
    research: 'reg-allocation-naissance',
    checkedOn: '2026-11-22',
    receiving: () => false,
    evaluate: (context) => {
      const check = all(context.facts.regionIs(spec.region), () => recentBirth(context));
      if (check.verdict === 'no') return { check };
      const amount = amountReasons(context, spec);
      return { check: withReason(check, ...amount.reasons), ...(amount.estimate ? { estimate: amount.estimate } : {}) };
    },
  };
}
