// Every answer given, in plain words, with a way to change it: the question opens again and
// comes back here. The rights update at once, since they are computed from the profile.
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { parseQuestionId, type QuestionRef } from '../../domain/questions';
import type { Profile } from '../../domain/profile';
import { answerValue } from '../../i18n/answer-text';
import type { AnswerRow } from '../../storage';

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
              ? (answerValue(t, i18n.language, question, profile, member) ?? th('answers.unknown'))
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
