// Parcours d'intégration des primo-arrivants (Wallonia) — research §25.1. Free, and open to
// any foreigner who wishes to follow it; mandatory, unless exempted, for foreigners aged 18 to
// 65 with a legal stay of less than 3 years, to be completed within 18 months of ordering the
// residence title, under pain of an administrative fine.
import { all, toConfirm, withReason, type Check } from '../engine/check';
import type { MemberFacts } from '../engine/facts';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import {
  WAL_COMPLETION_MONTHS,
  WAL_INTEGRATION_AGE_LIMIT,
  WAL_INTEGRATION_MIN_AGE,
  WAL_NEWCOMER_YEARS,
} from '../parameters/wal-integration-course';
import { mostBinding, newcomerOutcome, type MemberOutcome } from './integration-course-shared';

interface Figures {
  minAge: number;
  ageLimit: number;
  years: number;
  months: number;
}

function forMember({ facts }: RuleContext, member: MemberFacts, figures: Figures): MemberOutcome {
  return newcomerOutcome(facts, member, figures, reason('integrationCourse.walloniaMandatory', { months: figures.months }));
}

function figuresOn(context: RuleContext): Figures | undefined {
  const minAge = context.valueOf(WAL_INTEGRATION_MIN_AGE);
  const ageLimit = context.valueOf(WAL_INTEGRATION_AGE_LIMIT);
  const years = context.valueOf(WAL_NEWCOMER_YEARS);
  const months = context.valueOf(WAL_COMPLETION_MONTHS);
  if (!minAge || !ageLimit || !years || !months) return undefined;
  return { minAge: minAge.value, ageLimit: ageLimit.value, years: years.value, months: months.value };
}

export const walIntegrationCourse: RightDefinition = {
  id: 'wal-integration-course',
  level: 'wallonia',
  provider: 'integration-office',
  automatic: false,
  officialNames: { fr: 'Parcours d’intégration des primo-arrivants' },
  worthAsking: ['integrationCourse.exemptions', 'integrationCourse.otherAdults'],
  claim: { documents: ['residence-permit'], steps: 3 },
  sources: [
    'http://actionsociale.wallonie.be/node/146',
    'https://bx1.be/categories/news/deux-mille-parcours-dintegration-obligatoires-acheves-en-wallonie-et-a-bruxelles',
  ],
  research: 'wal-parcours-integration',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check: Check = all(context.facts.regionIs('wallonia'), () => {
      const figures = figuresOn(context);
      if (!figures) return toConfirm(reason('figure.unknownForDate'));
      return mostBinding(context.facts.couple, (member) => forMember(context, member, figures));
    });
    return { check: check.verdict === 'yes' ? withReason(check, reason('integrationCourse.free')) : check };
  },
};
