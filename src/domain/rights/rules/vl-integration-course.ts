// Inburgeringstraject (Flanders) — research §25.3. An obligation for certain newcomers (a
// right, not an obligation, for citizens of the European Union); a fine when an obligation or
// a signed contract is not respected. Paid since 1 September 2023: at most 180 € for the civic
// orientation (lessons and test), at most 180 € for Dutch (lessons and test); guidance stays
// free, and some people pay nothing.
import { all, toConfirm, withReason, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { once } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  VL_CIVICS_FEE_MAX,
  VL_DUTCH_FEE_MAX,
  VL_INTEGRATION_AGE_LIMIT,
  VL_INTEGRATION_MIN_AGE,
  VL_NEWCOMER_YEARS,
} from '../parameters/vl-integration-course';
import { arrivedWithin, isForeignResident, mostBinding, type MemberOutcome } from './integration-course-shared';

interface Figures {
  minAge: number;
  ageLimit: number;
  years: number;
}

/**
 * Who is a newcomer in Flanders is not in the research: inside the target the other regions
 * use, the person is one; outside it, only the Agentschap can say whether they may still
 * follow it (parameters/vl-integration-course.ts).
 */
function forMember({ facts }: RuleContext, member: MemberFacts, figures: Figures): MemberOutcome {
  const residence = isForeignResident(member);
  if (residence.verdict === 'no') return { check: residence, binding: 0 };
  const newcomer = all(
    () => facts.ageAtLeast(member, figures.minAge),
    () => facts.ageBelow(member, figures.ageLimit),
    () => arrivedWithin(facts, member, figures.years),
  );
  const inTarget = newcomer.verdict === 'no' ? toConfirm(reason('integrationCourse.flandersAskIfOpen')) : newcomer;
  if (residence.verdict === 'unknown' || inTarget.verdict !== 'yes') return { check: all(residence, inTarget), binding: 0 };
  return member.member.residence === 'eu'
    ? { check: withReason(newcomer, reason('integrationCourse.rightNotObligation')), binding: 0 }
    : { check: withReason(newcomer, reason('integrationCourse.obligationForSome')), binding: 1 };
}

function figuresOn(context: RuleContext): Figures | undefined {
  const minAge = context.valueOf(VL_INTEGRATION_MIN_AGE);
  const ageLimit = context.valueOf(VL_INTEGRATION_AGE_LIMIT);
  const years = context.valueOf(VL_NEWCOMER_YEARS);
  if (!minAge || !ageLimit || !years) return undefined;
  return { minAge: minAge.value, ageLimit: ageLimit.value, years: years.value };
}

export const vlIntegrationCourse: RightDefinition = {
  id: 'vl-integration-course',
  level: 'flanders',
  provider: 'integration-office',
  automatic: false,
  officialNames: { nl: 'Inburgeringstraject' },
  worthAsking: ['integrationCourse.feeExemptions', 'integrationCourse.otherAdults'],
  claim: { documents: ['residence-permit'], steps: 3, website: 'https://www.integratie-inburgering.be' },
  sources: [
    'https://www.integratie-inburgering.be/nl/wat-kunnen-we-voor-jou-doen/inburgeringstraject-en-cursus-maatschappelijke-ori%C3%ABntatie/inburgeringstraject',
    'https://www.vvsg.be/nieuws/inburgeringstraject-vanaf-1-september-betalend-webinar-15-juni',
    'https://www.vlaanderen.be/samenleven/herkomst/inburgering',
    'https://waregem.prod.drk.be/inburgering',
  ],
  research: 'vl-inburgering',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check: Check = all(context.facts.regionIs('flanders'), () => {
      const figures = figuresOn(context);
      if (!figures) return toConfirm(reason('figure.unknownForDate'));
      return mostBinding(context.facts.couple, (member) => forMember(context, member, figures));
    });
    const civics = context.valueOf(VL_CIVICS_FEE_MAX);
    const dutch = context.valueOf(VL_DUTCH_FEE_MAX);
    if (check.verdict === 'no' || !civics || !dutch) return { check };
    return { check: withReason(check, reason('integrationCourse.flandersFees', { civics: once(civics.value), dutch: once(dutch.value) })) };
  },
};
