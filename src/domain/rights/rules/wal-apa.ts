// Allocation pour l'aide aux personnes âgées (APA), Wallonia — research §11 (reg-apa). For
// people of 65 or more with a loss of autonomy of at least 7 points, whose household income
// is under limits the research could not find: at best "to confirm with the mutualité".
// Asked at the mutualité, the commune, the CPAS or online (Wal-protect).
import type { RightDefinition } from '../engine/rule';
import { WAL_APA_MIN_AGE, WAL_APA_MIN_AUTONOMY_POINTS } from '../parameters/wal-apa';
import { apaCheck, incomeLimitsToConfirm } from './apa-shared';

export const walApa: RightDefinition = {
  id: 'wal-apa',
  level: 'wallonia',
  provider: 'mutuality',
  automatic: false,
  officialNames: { fr: 'Allocation pour l’aide aux personnes âgées (APA)' },
  worthAsking: ['apa.assessment', 'apa.amountVaries'],
  claim: { documents: ['id-card', 'doctor-name'], steps: 3 },
  sources: [
    'https://www.droitsquotidiens.be/fr/question/quelles-conditions-ai-je-droit-lallocation-pour-laide-aux-personnes-agees-apa-wallonie?o=8240',
    'https://www.smr-neutre-wallonie.be/fr/actualites/apa-aide-aux-personnes-agees',
  ],
  research: 'reg-apa',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({
    check: apaCheck(context, 'wallonia', { minAge: WAL_APA_MIN_AGE, minAutonomyPoints: WAL_APA_MIN_AUTONOMY_POINTS }, incomeLimitsToConfirm),
  }),
};
