// Allocation pour l'aide aux personnes âgées (APA) / tegemoetkoming voor hulp aan bejaarden
// (THAB), Brussels — research §11 (reg-apa). For people of 65 or more with a loss of autonomy
// of at least 7 points, whose household income is under limits the research could not find:
// at best "to confirm with Iriscare".
import type { RightDefinition } from '../engine/rule';
import { BRU_APA_MIN_AGE, BRU_APA_MIN_AUTONOMY_POINTS } from '../parameters/bru-apa';
import { apaCheck, incomeLimitsToConfirm } from './apa-shared';

export const bruApa: RightDefinition = {
  id: 'bru-apa',
  level: 'brussels',
  provider: 'regional-care-administration',
  automatic: false,
  officialNames: { fr: 'Allocation pour l’aide aux personnes âgées (APA)', nl: 'Tegemoetkoming voor hulp aan bejaarden (THAB)' },
  worthAsking: ['apa.assessment', 'apa.amountVaries'],
  claim: { documents: ['id-card'], steps: 3, phone: '0800 35 499', website: 'https://myiriscare.brussels' },
  sources: ['https://www.partenamut.be/fr/faq/allocation-pour-personnes-agees', 'https://mc.be/fr/avantages-remboursements/allocation-personnes-agees-apa'],
  research: 'reg-apa',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({
    check: apaCheck(context, 'brussels', { minAge: BRU_APA_MIN_AGE, minAutonomyPoints: BRU_APA_MIN_AUTONOMY_POINTS }, incomeLimitsToConfirm),
  }),
};
