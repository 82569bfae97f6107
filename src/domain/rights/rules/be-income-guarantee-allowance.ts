// Allocation de garantie de revenus (AGR) / inkomensgarantie-uitkering (IGU) — research §28.
// Paid by the ONEM, through the CAPAC or a union, on top of the wage of an unemployed person
// who took a part-time job: a schedule of at most 4/5 of a full-time one, a gross monthly wage
// below the limit, and registered as a jobseeker. Having asked for a full-time job and the
// other conditions the profile does not hold are "worth asking".
import { all, any, no, toConfirm, unknown, withReason, yes, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { NET_PER_GROSS } from '../engine/income';
import { cents, perMonth } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Income } from '../../profile';
import { AGR_GROSS_WAGE_LIMIT, AGR_MAX_WORK_FRACTION } from '../parameters/be-income-guarantee-allowance';

/**
 * A net wage is between this share of the gross and the whole of it: the assumption the engine
 * makes to estimate a net income from a gross one (engine/income.ts), read the other way.
 */
const LOWEST_NET_SHARE_OF_GROSS = NET_PER_GROSS[0];

/** How close to the limit an estimate stays "maybe", as for every estimate (contract). */
const ESTIMATE_MARGIN = 0.1;

function jobsOf(member: MemberFacts): { income: Income; index: number }[] {
  return (member.member.incomes ?? []).flatMap((income, index) => (income.kind === 'employment' ? [{ income, index }] : []));
}

function partTimeJob(context: RuleContext, member: MemberFacts): Check {
  if (!member.member.incomes) return unknown([member.path('incomes')]);
  const jobs = jobsOf(member);
  if (jobs.length === 0) return no(reason('agr.noJob'));
  const withoutSchedule = jobs.filter(({ income }) => income.workFraction === undefined);
  if (withoutSchedule.length > 0) {
    return unknown(withoutSchedule.map(({ index }) => member.path(`incomes[${index}].workFraction`)), reason('agr.scheduleUnknown'));
  }
  const max = context.valueOf(AGR_MAX_WORK_FRACTION);
  if (!max) return toConfirm(reason('figure.unknownForDate'));
  const fraction = jobs.reduce((sum, { income }) => sum + (income.workFraction ?? 0), 0);
  const values = { percent: Math.round(fraction * 100), max: Math.round(max.value * 100) };
  return fraction <= max.value ? yes(reason('agr.partTime', values)) : no(reason('agr.notPartTime', values));
}

/** The gross monthly wage must stay strictly below the limit; a net wage only estimates it. */
function wageBelowLimit(context: RuleContext, member: MemberFacts): Check {
  if (!member.member.incomes) return unknown([member.path('incomes')]);
  const jobs = jobsOf(member).map(({ income }) => income);
  if (jobs.length === 0) return no();
  const limit = context.valueOf(AGR_GROSS_WAGE_LIMIT);
  if (!limit) return toConfirm(reason('figure.unknownForDate'));
  const gross = jobs.filter((income) => income.basis === 'gross').reduce((sum, income) => sum + income.monthly, 0);
  const net = jobs.filter((income) => income.basis !== 'gross').reduce((sum, income) => sum + income.monthly, 0);
  const low = gross + net;
  const high = gross + net / LOWEST_NET_SHARE_OF_GROSS;
  const exact = net === 0;
  const values = { wage: perMonth(cents(exact ? low : (low + high) / 2)), limit: perMonth(limit.value) };
  // After the last known value the limit can only have risen, before the first it was lower.
  const canSayYes = limit.verified && (limit.bound === 'exact' || limit.bound === 'at-least');
  const canSayNo = limit.verified && (limit.bound === 'exact' || limit.bound === 'at-most');
  const below = exact ? low < limit.value : high < limit.value * (1 - ESTIMATE_MARGIN);
  const above = exact ? low >= limit.value : low > limit.value * (1 + ESTIMATE_MARGIN);
  if (below) return canSayYes ? yes(reason(exact ? 'agr.wageBelow' : 'agr.wageEstimateBelow', values)) : toConfirm(reason('agr.limitToConfirm', values));
  if (above) return canSayNo ? no(reason(exact ? 'agr.wageNotBelow' : 'agr.wageEstimateAbove', values)) : toConfirm(reason('agr.limitToConfirm', values));
  return unknown([member.path('incomes')], reason('agr.grossWageNeeded', values));
}

function memberQualifies(context: RuleContext, member: MemberFacts): Check {
  const { facts } = context;
  const check = all(
    () => partTimeJob(context, member),
    () => wageBelowLimit(context, member),
    () => facts.hasStatus(member, 'jobseeker'),
  );
  // The allowance is paid with the unemployment benefits: it may already be part of them.
  return check.verdict === 'yes' && facts.receives(member, 'unemployment').verdict === 'yes'
    ? withReason(check, reason('agr.maybeAlreadyPaid'))
    : check;
}

export const incomeGuaranteeAllowance: RightDefinition = {
  id: 'be-income-guarantee-allowance',
  level: 'federal',
  provider: 'payment-body',
  automatic: false,
  officialNames: {
    fr: 'Allocation de garantie de revenus (AGR)',
    nl: 'Inkomensgarantie-uitkering (IGU)',
    de: 'Einkommensgarantieunterstützung',
  },
  worthAsking: ['agr.askedFullTime', 'agr.partTimeStatus', 'agr.stayAvailable'],
  claim: { documents: ['id-card', 'employment-contract', 'income-proofs'], steps: 3 },
  sources: [
    'https://www.onem.be/citoyens/travail-a-temps-partiel/avez-vous-droit-a-l-allocation-de-garantie-de-revenus-',
    'https://hvw-capac.fgov.be/fr/allocations/chomage/chomage-partiel/garantie-de-revenu',
  ],
  research: 'be-agr',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const { facts } = context;
    const workers = facts.couple;
    const check = any(...workers.map((member) => () => memberQualifies(context, member)));
    // Both partners without a part-time job give the same reason twice: say it once.
    const reasons = check.reasons.filter((r, i, list) => list.findIndex((other) => JSON.stringify(other) === JSON.stringify(r)) === i);
    return { check: { ...check, reasons } };
  },
};
