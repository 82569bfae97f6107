// Médiation de dettes / schuldbemiddeling — research §19. For a household that cannot pay its
// debts: a CPAS or an agreed service draws up the budget and the list of debts and negotiates
// a repayment plan; a labour court can order a collective debt settlement. No income
// threshold. Whether it is free of charge was not confirmed: the app never says it is.
import { no, unknown, yes, type Check } from '../engine/check';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';

function hasArrears({ facts }: RuleContext): Check {
  const arrears = facts.household.debts?.hasArrears;
  if (arrears === undefined) return unknown(['household.debts.hasArrears']);
  return arrears ? yes(reason('debt.hasArrears')) : no(reason('debt.noArrears'));
}

export const debtMediation: RightDefinition = {
  id: 'be-debt-mediation',
  level: 'federal',
  provider: 'debt-mediation-service',
  automatic: false,
  officialNames: { fr: 'Médiation de dettes', nl: 'Schuldbemiddeling', de: 'Schuldnerberatung (Schuldenvermittlung)' },
  worthAsking: ['debt.askIfFree', 'debt.agreedServicesOnly'],
  claim: { documents: ['id-card', 'income-proofs', 'creditor-letters'], steps: 3 },
  sources: [
    'https://wallonie.be/fr/demarches/obtenir-un-agrement-pour-un-service-de-mediation-de-dettes',
    'https://www.ccc-ggc.brussels/fr/node/3199/',
    'http://www.cpasdeliege.be/index.php/action-sociale/endettement/mediation-de-dettes',
  ],
  research: 'be-mediation-dettes',
  checkedOn: '2026-11-22',
  receiving: (facts) => facts.knownStatus('debt-mediation'),
  evaluate: (context) => {
    // Someone already in mediation has it (see `receiving`); whether a household can ask for
    // it depends on its debts.
    const inMediation = context.facts.anyMemberHasStatus('debt-mediation');
    return { check: inMediation.verdict === 'yes' ? inMediation : hasArrears(context) };
  },
};
