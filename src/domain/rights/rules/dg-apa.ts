// Allowance for elderly people needing care in the German-speaking Community — research §11
// (reg-apa). Managed by the Ministerium der DG since 1 January 2023; for people of 65 or more
// with a loss of autonomy of at least 7 points, without income condition.
import { yes } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition } from '../engine/rule';
import { DG_APA_MIN_AGE, DG_APA_MIN_AUTONOMY_POINTS } from '../parameters/dg-apa';
import { apaCheck } from './apa-shared';

export const dgApa: RightDefinition = {
  id: 'dg-apa',
  level: 'german-speaking',
  provider: 'regional-care-administration',
  automatic: false,
  // The German name is the Ministry's since 2023 (handicap.belgium.be/de/news/221222-apa.htm),
  // read beside the research, which gives none.
  officialNames: { fr: 'Allocation pour l’aide aux personnes âgées (APA)', de: 'Pflegegeld für Senioren' },
  worthAsking: ['apa.assessment', 'apa.amountVaries'],
  claim: { documents: ['id-card'], steps: 3 },
  sources: ['https://mc.be/fr/avantages-remboursements/allocation-personnes-agees-apa'],
  research: 'reg-apa',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({
    check: apaCheck(context, 'german-speaking', { minAge: DG_APA_MIN_AGE, minAutonomyPoints: DG_APA_MIN_AUTONOMY_POINTS }, () =>
      yes(reason('apa.noIncomeCondition')),
    ),
  }),
};
