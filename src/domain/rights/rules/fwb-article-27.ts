// Ticket Article 27 (Wallonia and Brussels) — research §22. Culture (shows, cinema, museums,
// festivals) for 1,25 €, with tickets handed out by social partners (CPAS, literacy centres,
// associations) to people in socio-economic difficulty, e.g. people helped by the CPAS. Not a
// legal entitlement: it depends on the partner. From January 2026 the federal envelope many
// CPAS used for it is abolished; the scheme goes on.
import { all, any, no, withReason, type Check } from '../engine/check';
import { once } from '../engine/money';
import { reason, type Reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { ARTICLE_27_TICKET_PRICE, FEDERAL_PAS_ENVELOPE_ENDS } from '../parameters/fwb-article-27';

/**
 * Someone in the household helped by the CPAS (tickets are personal, so a parent living with
 * the family counts too): the revenu d'intégration or the equivalent aid, received or within
 * reach. The research names no other group; a low income alone (BIM) does not say whether a
 * social partner follows the person, so it is not read as a route.
 */
function helpedByCpas(context: RuleContext): Check {
  const { facts } = context;
  return any(
    facts.anyMemberReceives('integration-income'),
    facts.anyMemberReceives('social-aid'),
    () => any(context.right('be-integration-income'), context.right('be-equivalent-social-aid')),
  );
}

export const article27: RightDefinition = {
  id: 'fwb-article-27',
  level: 'fwb',
  provider: 'article-27-partner',
  automatic: false,
  officialNames: { fr: 'Ticket Article 27' },
  worthAsking: ['article27.noEntitlement', 'article27.dependsOnPartner'],
  claim: { documents: [], steps: 2 },
  sources: [
    'https://article27.be/Article-27-est-toujours-active',
    'https://1001infos.net/?p=474700',
    'https://www.rtbf.be/info/regions/bruxelles/detail_bruxelles-garantit-l-acces-a-la-culture-pour-les-plus-demunis-grace-aux-tickets-article-27?id=10741307',
    'https://cpasixelles.brussels/les-plans-culture-du-cpas/',
  ],
  research: 'be-article-27',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = all(context.facts.regionIs('wallonia', 'brussels'), () => {
      const cpas = helpedByCpas(context);
      return cpas.verdict === 'no' ? no(...cpas.reasons, reason('article27.forPeopleHelpedBySocialServices')) : cpas;
    });
    if (check.verdict === 'no') return { check };
    const notes: Reason[] = [];
    const price = context.valueOf(ARTICLE_27_TICKET_PRICE);
    if (price) notes.push(reason('article27.ticketPrice', { price: once(price.value) }));
    if (context.asOf >= FEDERAL_PAS_ENVELOPE_ENDS.date) notes.push(reason('article27.cpasFundingCut'));
    return { check: withReason(check, ...notes) };
  },
};
