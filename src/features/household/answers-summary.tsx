// Every answer given, in plain words, with a way to change it: the question opens again and
// comes back here. The rights update at once, since they are computed from the profile.
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { parseQuestionId, type QuestionRef } from '../../domain/questions';
import type { Heating, Member, Profile, Residence, Tenure } from '../../domain/profile';
import { regionFromPostalCode } from '../../domain/profile/region';
import { formatDay, formatMoney } from '../../i18n';
import type { AnswerRow } from '../../storage';

type Q = TFunction<'questions'>;

function yesNo(t: Q, value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? t('actions.yes') : t('actions.no');
}

function valueOf(t: Q, language: string, question: QuestionRef, profile: Profile, member: Member | undefined): string | undefined {
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

export function AnswersSummary({ profile, answers, personOf }: { profile: Profile; answers: AnswerRow[]; personOf: (memberId: string | undefined) => string }) {
  const { t, i18n } = useTranslation('questions');
  const { t: th } = useTranslation('household');
  const rows = [...answers]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((answer) => ({ answer, question: parseQuestionId(answer.questionId) }))
    .filter((row): row is { answer: AnswerRow; question: QuestionRef } => Boolean(row.question))
    .filter(({ question }) => !question.memberId || profile.household.members.some((m) => m.id === question.memberId));
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{th('answers.title')}</h2>
      <ul className="list-plain answers-list">
        {rows.map(({ answer, question }) => {
          const member = profile.household.members.find((m) => m.id === question.memberId);
          const self = member?.relation === 'self';
          const title = t(`${question.kind}.title`, { person: personOf(question.memberId), context: self ? 'self' : undefined });
          const value =
            answer.state === 'answered'
              ? (valueOf(t, i18n.language, question, profile, member) ?? th('answers.unknown'))
              : answer.state === 'unknown'
                ? t('actions.dontKnow')
                : th('answers.skipped');
          return (
            <li key={answer.questionId} className="answer-row">
              <span className="answer-row__question">{title}</span>
              <span className="answer-row__value">{value}</span>
              <Link href={`/questions/${answer.questionId}?return=/household`} aria-label={th('answers.changeLabel', { question: title })}>
                {th('answers.change')}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
