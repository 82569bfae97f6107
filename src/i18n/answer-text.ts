// An answer of the questionnaire in the reader's words, for the household page and for a
// summary handed to an office (in the household's language and in the office's).
import type { TFunction } from 'i18next';
import type { QuestionRef } from '../domain/questions';
import type { Heating, Member, Profile, Residence, Tenure } from '../domain/profile';
import { regionFromPostalCode } from '../domain/profile/region';
import { formatDay, formatMoney } from './format';

type Q = TFunction<'questions'>;

function yesNo(t: Q, value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? t('actions.yes') : t('actions.no');
}

/** An answer in words: "1080 (Bruxelles)", "Allocations familiales 450 €", "Oui". */
export function answerValue(t: Q, language: string, question: QuestionRef, profile: Profile, member: Member | undefined): string | undefined {
  const housing = profile.household.housing;
  switch (question.kind) {
    case 'members':
      return String(profile.household.members.length);
    case 'postal-code': {
      const code = profile.household.postalCode;
      const region = code ? regionFromPostalCode(code) : undefined;
      return code && region ? `${code} (${t(`region.${region}`)})` : code;
    }
    case 'birth-date':
      return member?.birthDate && formatDay(member.birthDate, language);
    case 'arrival-date':
      return member?.arrivalDate && formatDay(member.arrivalDate, language);
    case 'residence':
      return member?.residence && t(`residence.option.${member.residence as Residence}`);
    case 'incomes':
      if (!member?.incomes) return undefined;
      if (member.incomes.length === 0) return t('incomes.none');
      return member.incomes.map((income) => `${t(`incomes.kind.${income.kind}`)} ${formatMoney(income.monthly, language)}`).join(', ');
    case 'statuses':
      if (!member?.statuses) return undefined;
      return member.statuses.length === 0 ? '—' : member.statuses.map((status) => t(`statuses.option.${status}`)).join(', ');
    case 'school':
      return member?.schoolLevel && t(`school.levelOption.${member.schoolLevel}`);
    case 'tenure':
      return housing?.tenure && t(`tenure.option.${housing.tenure as Tenure}`);
    case 'rent':
      return housing?.monthlyRent === undefined ? undefined : formatMoney(housing.monthlyRent, language);
    case 'heating':
      return housing?.heating && t(`heating.option.${housing.heating as Heating}`);
    case 'waiting-list':
      return yesNo(t, housing?.onSocialHousingWaitingList);
    case 'owns-other-dwelling':
      return yesNo(t, housing?.ownsOtherDwelling);
    case 'debts':
      return yesNo(t, profile.household.debts?.hasArrears);
    case 'taxable-income': {
      const latest = [...(profile.household.taxableIncome ?? [])].sort((a, b) => b.year - a.year)[0];
      const amount = latest?.grossTaxable ?? latest?.netTaxable;
      return latest && amount !== undefined ? `${latest.year} : ${formatMoney(amount, language)}` : undefined;
    }
    case 'real-estate-income':
      return profile.household.realEstateIncome === undefined ? undefined : formatMoney(profile.household.realEstateIncome, language);
  }
}

/** How questions name a person: "you", "your partner", "your child (2)". */
export function personLabel(t: Q, profile: Profile, memberId: string | undefined): string {
  const members = profile.household.members;
  const member = members.find((m) => m.id === memberId);
  if (!member || member.relation === 'self') return t('person.self');
  const sameRelation = members.filter((m) => m.relation === member.relation);
  const number = sameRelation.length > 1 ? sameRelation.indexOf(member) + 1 : 0;
  return number > 0 ? t(`person.numbered.${member.relation}`, { number }) : t(`person.${member.relation}`);
}
