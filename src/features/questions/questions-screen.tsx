// The questions, one per screen, in the order that settles the most rights first. Every answer
// is saved at once (closing the app and coming back resumes here); "I don't know" and "Skip"
// are always there; Back always works; the rights found so far are always one tap away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { applyAnswer, nextQuestions, parseQuestionId, type Answer, type QuestionRef } from '../../domain/questions';
import type { Profile } from '../../domain/profile';
import { formatMoney } from '../../i18n';
import { answerQuestion, draftKey, updateProfile, useActiveHousehold, useHouseholdEvaluation, type AnswerState, type HouseholdEvaluation } from '../../storage';
import { Screen } from '../../ui/screen';
import { GlossedText } from '../../ui/glossed-text';
import { Button, buttonClass } from '../../ui/button';
import { FORMS } from './question-form';
import { personLabel } from './person';

/** The question to show: the one in the address, else the first still to ask, else a skipped one. */
function currentQuestion(data: HouseholdEvaluation, requested: string | undefined): string | undefined {
  if (requested) return requested;
  const first = data.questionnaire.questions[0]?.id;
  if (first) return first;
  const skipped = new Set(data.answers.filter((a) => a.state === 'skipped').map((a) => a.questionId));
  const again = nextQuestions(data.household.profile, data.today, new Set(data.answers.filter((a) => a.state !== 'skipped').map((a) => a.questionId)));
  return again.questions.find((q) => skipped.has(q.id))?.id;
}

/** The question asked just before this one, for Back. */
function previousQuestion(data: HouseholdEvaluation, current: string): string | undefined {
  const ordered = [...data.answers].sort((a, b) => a.at.localeCompare(b.at)).map((a) => a.questionId);
  const index = ordered.indexOf(current);
  return index > 0 ? ordered[index - 1] : index === -1 ? ordered[ordered.length - 1] : undefined;
}

function Done({ data }: { data: HouseholdEvaluation }) {
  const { t } = useTranslation('questions');
  return (
    <Screen title={t('done.title')}>
      <p>{t('done.body', { count: data.overview.groups.eligible.length })}</p>
      <Link href="/rights" className={buttonClass('primary', true)}>
        {t('done.seeRights')}
      </Link>
    </Screen>
  );
}

function SoFar({ data }: { data: HouseholdEvaluation }) {
  const { t, i18n } = useTranslation('questions');
  const eligible = data.overview.groups.eligible.length + data.overview.groups.receiving.length;
  if (eligible === 0) return null;
  return (
    <p className="so-far">
      <Link href="/rights">
        {data.overview.unclaimedMonthly > 0
          ? t('soFar.withAmount', { count: eligible, amount: formatMoney(data.overview.unclaimedMonthly, i18n.language) })
          : t('soFar.rights', { count: eligible })}
      </Link>
    </p>
  );
}

export function QuestionsScreen() {
  const { t } = useTranslation('questions');
  const params = useParams<{ id?: string }>();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { loading, active } = useActiveHousehold();
  const data = useHouseholdEvaluation(active?.id);
  const [saveFailed, setSaveFailed] = useState(false);

  if (!loading && !active) {
    return (
      <Screen title={t('noHousehold.title')}>
        <Link href="/" className={buttonClass()}>
          {t('noHousehold.start')}
        </Link>
      </Screen>
    );
  }
  if (!data) {
    return (
      <Screen title={t('loading')}>
        <p role="status">{t('loading')}</p>
      </Screen>
    );
  }

  const id = currentQuestion(data, params.id);
  if (!id) return <Done data={data} />;
  const question: QuestionRef | undefined = parseQuestionId(id);
  const profile = data.household.profile;
  const member = question?.memberId ? profile.household.members.find((m) => m.id === question.memberId) : undefined;
  if (!question || (question.memberId && !member)) {
    return (
      <Screen title={t('unknown')}>
        <Link href="/questions">{t('actions.continue')}</Link>
      </Screen>
    );
  }

  const householdId = data.household.id;
  const returnTo = new URLSearchParams(search).get('return');
  const asked = new Set(data.answers.map((a) => a.questionId));

  const record = async (state: AnswerState, answer?: Answer) => {
    const edit = answer ? (p: Profile) => applyAnswer(p, question, answer) : undefined;
    try {
      await answerQuestion(householdId, id, state, edit);
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
      return;
    }
    if (returnTo?.startsWith('/')) return navigate(returnTo);
    // The next question from the saved state, computed here so the screen never shows the
    // question just answered while the stored data refreshes.
    const next = nextQuestions(edit ? edit(profile) : profile, data.today, new Set([...asked, id])).questions[0];
    navigate(next ? `/questions/${next.id}` : '/questions');
  };

  const person = personLabel(t, profile, question.memberId);
  const self = question.memberId === undefined || member?.relation === 'self';
  const title = t(`${question.kind}.title`, { person, context: self && question.memberId ? 'self' : undefined });
  const Form = FORMS[question.kind];
  const back = previousQuestion(data, id);

  return (
    <Screen title={title}>
      <SoFar data={data} />
      <details className="why">
        <summary>{t('why')}</summary>
        <p>
          <GlossedText text={t(`${question.kind}.why`)} />
        </p>
      </details>
      {saveFailed && (
        <p role="alert" className="field__error">
          {t('saveFailed')}
        </p>
      )}
      <Form
        key={id}
        question={question}
        profile={profile}
        member={member}
        person={person}
        today={data.today}
        draftPrefix={draftKey(householdId, `q:${id}`)}
        submit={(answer) => void record('answered', answer)}
        edit={(change) => updateProfile(householdId, change)}
      />
      {question.kind !== 'members' && (
        <div className="button-row question-actions">
          <Button variant="secondary" onClick={() => void record('unknown')}>
            {t('actions.dontKnow')}
          </Button>
          <Button variant="secondary" onClick={() => void record('skipped')}>
            {t('actions.skip')}
          </Button>
        </div>
      )}
      <p>
        <Link href={back ? `/questions/${back}` : '/'} className="back-link">
          {t('actions.back')}
        </Link>
      </p>
    </Screen>
  );
}
