// Maximum à facturer (MAF) / maximumfactuur — research §3. Automatic for everyone insured with
// a mutualité: once a household's co-payments in a year reach its cap, the rest is refunded.
// The cap is lower with BIM (social MAF) or a low income (income MAF).
import { no, unknown, yes, type Check } from '../engine/check';
import { incomeYear } from '../engine/ceilings';
import { taxableIncome } from '../engine/income';
import { perYear } from '../engine/money';
import { reason } from '../engine/reason';
import type { RightDefinition, RuleContext } from '../engine/rule';
import { MAF_INCOME_BRACKETS_2024, MAF_SOCIAL_CAP } from '../parameters/be-maf-social';

/** Insured with a mutualité: not so for undocumented people (urgent medical aid) or asylum seekers (Fedasil). */
function insured({ facts }: RuleContext): Check {
  const residence = facts.self.member.residence;
  if (residence === undefined) return unknown([facts.self.path('residence')]);
  if (residence === 'undocumented' || residence === 'asylum-seeker') return no(reason('maf.notInsured', { residence }));
  return yes();
}

/** Which cap applies, as a reason: social MAF with BIM, else the bracket of the household's income. */
function capReason(context: RuleContext) {
  const { facts } = context;
  const bim = facts.hasStatus(facts.self, 'bim');
  const social = context.valueOf(MAF_SOCIAL_CAP);
  if (bim.verdict === 'yes' && social) return reason('maf.socialCap', { cap: perYear(social.value), year: social.validFrom.slice(0, 4) });
  const income = taxableIncome(facts, 'net-taxable', facts.family, { year: incomeYear(context, 3) });
  if (!('figure' in income)) return undefined;
  const bracket = MAF_INCOME_BRACKETS_2024.brackets.find((b) => income.figure.high <= b.upTo);
  const lowest = MAF_INCOME_BRACKETS_2024.brackets.find((b) => income.figure.low <= b.upTo);
  if (!bracket || bracket !== lowest) return undefined;
  return reason('maf.incomeCap', { cap: perYear(bracket.cap), year: '2024' });
}

export const mafSocial: RightDefinition = {
  id: 'be-maf-social',
  level: 'federal',
  provider: 'mutuality',
  automatic: true,
  officialNames: { fr: 'Maximum à facturer (MAF)', nl: 'Maximumfactuur (MAF)', de: 'Maximale Gesundheitsrechnung (MGR)' },
  worthAsking: ['maf.incomeDropped', 'maf.chronicIllness'],
  claim: { documents: ['id-card'], steps: 1 },
  sources: ['https://mc.be/en-marche/vos-droits/soins-de-sante/le-maf-un-plafond-aux-frais-medicaux'],
  research: 'be-maf',
  checkedOn: '2026-11-22',
  receiving: () => false,
  evaluate: (context) => {
    const check = insured(context);
    if (check.verdict !== 'yes') return { check };
    const cap = capReason(context);
    return { check: cap ? yes(reason('maf.automatic'), cap) : yes(reason('maf.automatic')) };
  },
};
