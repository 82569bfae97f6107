// Subvention MEBAR (energy works for low-income households), Wallonia — research §24. Asked
// at the CPAS, which checks the income; a regional technician visits; the grant (up to
// 2 000 €, once in 5 years) is paid to the contractor. Not in the German-speaking Community,
// which runs these grants itself since 2020 (see housing-shared.ts).
import { all, no, unknown, yes, type Check } from '../engine/check';
import { once } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { MEBAR_MAX, MEBAR_RENEWAL_YEARS, MEBAR_RIS_SHARE } from '../parameters/wal-mebar';
import { risShareCheck } from './housing-income';
import { DG_TRANSFER_SOURCES, tenureOf } from './housing-shared';

function region({ facts }: RuleContext): Check {
  if (facts.region === 'german-speaking') return no(reason('mebar.germanSpeakingCommunity'));
  return facts.regionIs('wallonia');
}

/** The works are done in the home the household lives in (a caravan or chalet counts too). */
function hasHome({ facts }: RuleContext): Check {
  const tenure = tenureOf(facts);
  if (tenure === undefined) return unknown(['household.housing.tenure']);
  if (tenure === 'homeless') return no(reason('mebar.noHome'));
  // MEBAR pays for works in the home one owns or rents; someone hosted has no such home.
  if (tenure === 'hosted') return no(reason('mebar.hosted'));
  return yes();
}

/** Monthly income up to the RIS of the household's category plus 30 %. */
function incomeCheck(context: RuleContext): Check {
  return risShareCheck(context, MEBAR_RIS_SHARE);
}

export const walMebar: RightDefinition = {
  id: 'wal-mebar',
  level: 'wallonia',
  provider: 'cpas',
  automatic: false,
  officialNames: { fr: 'Subvention MEBAR (ménages à bas revenus)', nl: 'MEBAR-subsidie (Wallonië)', de: 'MEBAR-Zuschuss (Wallonie)' },
  worthAsking: ['mebar.landlordConsent', 'mebar.oncePerFiveYears', 'mebar.worksCovered'],
  claim: { documents: ['id-card', 'income-proofs', 'household-composition', 'landlord-consent'], steps: 3 },
  sources: [
    'https://energie.wallonie.be/fr/subvention-energie-pour-les-menages-a-revenu-modeste-operation-mebar-ii.html?IDC=6369&IDD=130089',
    'http://wallonie.be/fr/actualites/energie-46-millions-deuros-pour-soutenir-les-menages-bas-revenus-en-2023',
    'https://henry.wallonie.be/home/communiques-de-presse/presses/energie--du-nouveau-concernant-les-aides-pour-les-menages-a-bas-revenus-mebar.html',
    ...DG_TRANSFER_SOURCES,
  ],
  research: 'wal-mebar',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = all(
      () => region(context),
      () => hasHome(context),
      () => incomeCheck(context),
    );
    const max = context.valueOf(MEBAR_MAX);
    const years = context.valueOf(MEBAR_RENEWAL_YEARS);
    if (!max || !years || check.verdict === 'no') return { check };
    const upTo = reason('mebar.upTo', { amount: once(max.value), years: years.value });
    return { check: { ...check, reasons: [...check.reasons, upTo] }, estimate: once(max.value) };
  },
};
