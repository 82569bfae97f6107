// Parcours d'accueil pour primo-arrivants (BAPA) / inburgering in Brussels — research §25.2.
// Mandatory since 1 June 2022 for people aged 18 to 65 registering for the first time in the
// foreigners register of a Brussels commune, legal stay of less than 3 years: 6 months to
// register at a reception office, 18 to complete. It can also be followed by choice (bx1).
// Whether it is free in Brussels is not confirmed.
import { all, toConfirm, withReason, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  BRU_COMPLETION_MONTHS,
  BRU_INTEGRATION_AGE_LIMIT,
  BRU_INTEGRATION_MIN_AGE,
  BRU_NEWCOMER_YEARS,
  BRU_REGISTRATION_MONTHS,
} from '../parameters/bru-integration-course';
import { mostBinding, newcomerOutcome, type MemberOutcome } from './integration-course-shared';

interface Figures {
  minAge: number;
  ageLimit: number;
  years: number;
  register: number;
  complete: number;
}

function forMember({ facts }: RuleContext, member: MemberFacts, figures: Figures): MemberOutcome {
  return newcomerOutcome(facts, member, figures, reason('integrationCourse.brusselsMandatory', { register: figures.register, complete: figures.complete }));
}

function figuresOn(context: RuleContext): Figures | undefined {
  const minAge = context.valueOf(BRU_INTEGRATION_MIN_AGE);
  const ageLimit = context.valueOf(BRU_INTEGRATION_AGE_LIMIT);
  const years = context.valueOf(BRU_NEWCOMER_YEARS);
  const register = context.valueOf(BRU_REGISTRATION_MONTHS);
  const complete = context.valueOf(BRU_COMPLETION_MONTHS);
  if (!minAge || !ageLimit || !years || !register || !complete) return undefined;
  return { minAge: minAge.value, ageLimit: ageLimit.value, years: years.value, register: register.value, complete: complete.value };
}

export const bruIntegrationCourse: RightDefinition = {
  id: 'bru-integration-course',
  level: 'brussels',
  provider: 'integration-office',
  automatic: false,
  officialNames: { fr: 'Parcours d’accueil pour primo-arrivants (BAPA)', nl: 'Inburgeringstraject' },
  worthAsking: ['integrationCourse.exemptions', 'integrationCourse.brusselsCost', 'integrationCourse.otherAdults'],
  claim: { documents: ['residence-permit'], steps: 3 },
  sources: [
    'https://m.rtl.be/info/1379097',
    'https://bx1.be/categories/news/deux-mille-parcours-dintegration-obligatoires-acheves-en-wallonie-et-a-bruxelles',
  ],
  research: 'bxl-parcours-accueil-bapa',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check: Check = all(context.facts.regionIs('brussels'), () => {
      const figures = figuresOn(context);
      if (!figures) return toConfirm(reason('figure.unknownForDate'));
      return mostBinding(context.facts.couple, (member) => forMember(context, member, figures));
    });
    return { check: check.verdict === 'yes' ? withReason(check, reason('integrationCourse.brusselsCostToConfirm')) : check };
  },
};
