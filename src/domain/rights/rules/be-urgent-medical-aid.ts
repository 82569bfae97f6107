// Aide médicale urgente (AMU) / dringende medische hulp — research §26. For a foreigner staying
// without a residence right and in need: the CPAS of the commune where they live pays the care
// a doctor certifies as necessary (not only emergencies), directly to the doctor, hospital or
// pharmacy. The CPAS keeps the data confidential. Asylum seekers are cared for by Fedasil.
import { no, unknown, yes, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';

/** Whether someone in the household stays without papers. */
function someoneUndocumented({ facts }: RuleContext): Check {
  if (facts.members.some((m) => m.member.residence === 'undocumented')) {
    return yes(reason('amu.undocumented'), reason('amu.paidToProviders'), reason('amu.confidential'));
  }
  const notAnswered = facts.members.filter((m) => m.member.residence === undefined);
  if (notAnswered.length > 0) return unknown(notAnswered.map((m) => m.path('residence')));
  const asylum = facts.members.some((m) => m.member.residence === 'asylum-seeker');
  return no(reason('amu.notUndocumented'), ...(asylum ? [reason('amu.asylumSeekersFedasil')] : []));
}

export const urgentMedicalAid: RightDefinition = {
  id: 'be-urgent-medical-aid',
  level: 'federal',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Aide médicale urgente (AMU)', nl: 'Dringende medische hulp (DMH)', de: 'Dringende ärztliche Hilfe' },
  worthAsking: ['amu.medicalCertificate', 'amu.stateOfNeed', 'amu.reimbursableCare'],
  claim: { documents: ['medical-certificate'], steps: 3 },
  sources: [
    'https://senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=4&NR=2118&LANG=fr',
    'http://luttepauvrete.valid.wallonie.be/thematiques/sante/je-suis-en-sejour-illegal-en-belgique-mais-je-nai-rien-pour-payer-mes-soins-de',
    'https://www.profondeville.be/commune/services/cpas/renseignements/aide-medicale-urgente',
  ],
  research: 'be-amu',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => ({ check: someoneUndocumented(context) }),
};
