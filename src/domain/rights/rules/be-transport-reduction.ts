// Reduced public transport fares with BIM — research §23. The SNCB gives a reduction in 2nd
// class to people with BIM (50 % until the fare reform of 15 October 2025; since then 40 %, and
// at most 5,50 € a single journey with the Train+ card). STIB, TEC and De Lijn have their own
// BIM fares, whose prices the research could not confirm: the app names them, never a price.
import { withReason, yes, type Check } from '../engine/check';
import { once } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import type { Region } from '../../profile';
import { SNCB_BIM_REDUCTION, SNCB_TRAIN_PLUS_SINGLE_JOURNEY_CAP } from '../parameters/be-transport-reduction';

/** Where to ask for bus, tram and metro fares, by region. */
const LOCAL_OPERATOR: Record<Region, string> = {
  brussels: 'transport.stib',
  flanders: 'transport.delijn',
  wallonia: 'transport.tec',
  'german-speaking': 'transport.tec',
};

function hasBim(context: RuleContext): Check {
  // Each person with BIM gets the reduction: the household has it as soon as one member has BIM.
  return context.facts.knownStatus('bim') ? yes(reason('status.bim')) : context.right('be-bim');
}

function fares(context: RuleContext): Reason[] {
  const reduction = context.valueOf(SNCB_BIM_REDUCTION);
  const cap = context.valueOf(SNCB_TRAIN_PLUS_SINGLE_JOURNEY_CAP);
  const region = context.facts.region;
  return [
    ...(reduction ? [reason('transport.sncbReduction', { percent: Math.round(reduction.value * 100) })] : []),
    ...(cap ? [reason('transport.trainPlusCap', { cap: once(cap.value) })] : []),
    ...(region ? [reason(LOCAL_OPERATOR[region])] : []),
  ];
}

export const transportReduction: RightDefinition = {
  id: 'be-transport-reduction',
  level: 'federal',
  provider: 'railways',
  automatic: false,
  // The German name of the SNCB card was not researched.
  officialNames: { fr: 'Carte Intervention majorée (SNCB)', nl: 'Kaart Verhoogde Tegemoetkoming (NMBS)' },
  worthAsking: ['transport.secondClassOnly'],
  claim: { documents: ['id-card'], steps: 3 },
  sources: [
    'https://www.belgiantrain.be/en/tickets-and-railcards/overview-discount/preferential-reimbursement-ticket',
    'https://bx1.be/categories/news/la-sncb-annonce-sa-plus-grande-reforme-tarifaire-des-30-dernieres-annees-voici-ce-qui-va-changer/',
    'https://www.bondmoyson.be/ovl/voordelen-advies/dienstverlening/sociale-dienst/informatie-sociale-voordelen/voordelen-mobiliteit/pages/voordelig-openbaar-vervoer.aspx',
    'https://trends.levif.be/mon-argent/stib-les-tarifs-vont-serieusement-augmenter-en-fevrier/',
  ],
  research: 'be-transport-bim',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const bim = hasBim(context);
    return { check: bim.verdict === 'yes' ? withReason(bim, ...fares(context)) : bim };
  },
};
