// Sociale toeslag of the Groeipakket, Flanders — research §13.3. Added without a request to
// the Groeipakket of children living in Flanders when the family's income (last tax
// assessment) is low, and for every month with a leefloon, an IVT or an IGO. The sources
// disagree on the thresholds: below the lowest figure the answer is yes, above the highest no,
// in between only the Groeipakket payer can say.
import { all, any, no, toConfirm, unknown, withReason, yes, type Check } from '../engine/check';
import { ceilingOf, isCeiling } from '../engine/ceilings';
import { incomeAtMost, middle } from '../engine/income';
import { cents, perYear } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  GROEIPAKKET_HIGHEST_THRESHOLD,
  GROEIPAKKET_HIGHEST_THRESHOLD_LARGE_FAMILY,
  GROEIPAKKET_LARGE_FAMILY,
  GROEIPAKKET_LOWEST_THRESHOLD,
  GROEIPAKKET_NEW_SYSTEM_BIRTH_DATE,
} from '../parameters/vl-groeipakket-social-supplement';
import { confirmWhenClose, entitledChildren, incomeBelow, incomeOfUnnamedYear, type EntitledChildren } from './family-allowance-shared';

/** Three children or more, at least one born from 2019: the higher limit. */
function largeFamily(children: EntitledChildren): Check {
  const possible = children.known.length + children.unknownAge.length;
  const newChild = children.known.some((child) => (child.member.birthDate ?? '') >= GROEIPAKKET_NEW_SYSTEM_BIRTH_DATE);
  if (children.known.length >= GROEIPAKKET_LARGE_FAMILY && newChild) return yes();
  if (possible < GROEIPAKKET_LARGE_FAMILY || children.unknownAge.length === 0) return no();
  return unknown(children.unknownAge.map((child) => child.path('birthDate')));
}

function incomeRoute(context: RuleContext, children: EntitledChildren): Check {
  const lowest = ceilingOf(context, GROEIPAKKET_LOWEST_THRESHOLD);
  const large = largeFamily(children);
  // While the family's size is not known, the more generous limit decides what is "clearly above".
  const highest = ceilingOf(context, large.verdict === 'no' ? GROEIPAKKET_HIGHEST_THRESHOLD : GROEIPAKKET_HIGHEST_THRESHOLD_LARGE_FAMILY);
  if (!isCeiling(lowest)) return lowest;
  if (!isCeiling(highest)) return highest;
  const income = incomeOfUnnamedYear(context, context.facts.couple);
  const below = confirmWhenClose(incomeBelow(income.lookup, lowest), income);
  if (below.verdict !== 'no') return below;
  const upTo = confirmWhenClose(incomeAtMost(income.lookup, highest), income);
  if (upTo.verdict !== 'yes') return upTo;
  const estimate = middle(income.lookup) ?? 0;
  const disagree = toConfirm(
    reason('groeipakket.sourcesDisagree', { income: perYear(cents(estimate)), low: perYear(lowest.amount), high: perYear(highest.amount) }),
  );
  if (large.verdict !== 'unknown') return disagree;
  // Above the limit for one or two children, the birth dates decide between "no" and "ask".
  const few = ceilingOf(context, GROEIPAKKET_HIGHEST_THRESHOLD);
  return isCeiling(few) && incomeAtMost(income.lookup, few).verdict === 'no' ? all(large, disagree) : disagree;
}

/** Leefloon and IGO open it for the months they are paid; IVT too, but not an integratietegemoetkoming alone. */
function benefitRoute(context: RuleContext): Check {
  const { facts } = context;
  const counted = facts.couple;
  const received = any(facts.anyMemberReceives('integration-income', counted), facts.anyMemberReceives('grapa', counted));
  if (received.verdict === 'yes') return withReason(received, reason('groeipakket.followsFromBenefit'));
  const disability = facts.anyMemberReceives('disability-allowance', counted);
  const route = any(received, ivtOnly(disability));
  // Not receiving these is no reason worth telling: the income route says why not.
  return route.verdict === 'no' ? no() : route;
}

/** A disability allowance only opens it when it is an IVT, which the office knows. */
function ivtOnly(check: Check): Check {
  return check.verdict === 'yes' ? unknown([], reason('groeipakket.ivtOnly')) : check;
}

/**
 * A parent entitled to the benefit but not receiving it yet. Receiving it is the benefit route's
 * question, asked of the parents only: a grown-up child's own leefloon does not open the supplement.
 */
function entitledNotReceiving(check: Check): Check {
  return check.verdict === 'yes' && check.reasons.some((given) => given.key === 'chain.has') ? no() : check;
}

function chainRoute(context: RuleContext): Check {
  const chain = any(
    () => entitledNotReceiving(context.right('be-integration-income')),
    () => entitledNotReceiving(context.right('be-grapa')),
    () => ivtOnly(context.right('be-disability-allowance')),
  );
  if (chain.verdict === 'no') return no();
  return chain.verdict === 'yes' ? withReason(chain, reason('groeipakket.followsFromBenefit')) : chain;
}

export const vlGroeipakketSocialSupplement: RightDefinition = {
  id: 'vl-groeipakket-social-supplement',
  level: 'flanders',
  provider: 'family-allowance-fund',
  automatic: true,
  officialNames: { fr: 'Supplément social (Groeipakket)', nl: 'Sociale toeslag (Groeipakket)', de: 'Sozialzuschlag (Groeipakket)' },
  worthAsking: ['familyAllowance.over18', 'groeipakket.cadastralIncome'],
  claim: { documents: [], steps: 2 },
  sources: [
    'https://www.begijnendijk.be/producten/detail/91/de-sociale-toeslag-groeipakket',
    'https://www.kidslife.be/fr/allocations-familiales/allocation-majore/supplements-sociaux/flandre',
    'https://www.myfamily.be/sociale-toeslagen/',
    'https://parentia.be/fr/vlaanderen/groeipakket/montants',
  ],
  research: 'vl-groeipakket-sociale-toeslag',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const children = entitledChildren(context);
    return {
      check: all(
        context.facts.regionIs('flanders'),
        children.check,
        () =>
          any(
            () => benefitRoute(context),
            () => incomeRoute(context, children),
            () => chainRoute(context),
          ),
      ),
    };
  },
};
