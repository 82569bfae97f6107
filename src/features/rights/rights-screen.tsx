// My rights: grouped as the person thinks of them, with the monthly total still to claim and
// how many questions would tell more. Results show as soon as there is something to show.
import { useState } from 'react';
import { Link } from 'wouter';
import { followUpDue } from '../../domain/claims';
import type { OverviewGroup } from '../../domain/rights/overview';
import { questionsForRight } from '../../domain/questions';
import { formatMoney } from '../../i18n';
import { useActiveHousehold, useHouseholdEvaluation } from '../../storage';
import { Screen } from '../../ui/screen';
import { Button, buttonClass } from '../../ui/button';
import { RightCard } from './right-card';
import { FollowUpPrompt } from './follow-up-prompt';
import { useRightsText } from './use-reason-text';

const SHOWN: readonly OverviewGroup[] = ['eligible', 'maybe', 'asked', 'receiving'];
/** A long list of "maybe"s early in the questions would drown the rest: show the first few. */
const MAYBE_SHOWN = 5;

export function RightsScreen() {
  const { t, language } = useRightsText();
  const { loading, active } = useActiveHousehold();
  const data = useHouseholdEvaluation(active?.id);
  const [allMaybes, setAllMaybes] = useState(false);

  if (!loading && !active) {
    return (
      <Screen title={t('rights:title')}>
        <p>{t('rights:noHousehold')}</p>
        <Link href="/" className={buttonClass()}>
          {t('rights:start')}
        </Link>
      </Screen>
    );
  }
  if (!data) {
    return (
      <Screen title={t('rights:title')}>
        <p role="status">{t('rights:computing')}</p>
      </Screen>
    );
  }

  const { overview, questionnaire, claims, household, today } = data;
  const followUps = claims.filter((claim) => followUpDue(claim, today));
  const questionsLeft = questionnaire.questions.length;
  const declinedOrNot = [...overview.groups['not-eligible'], ...overview.groups.declined];

  return (
    <Screen title={t('rights:title')}>
      {followUps.map((claim) => (
        <FollowUpPrompt key={claim.rightId} householdId={household.id} claim={claim} today={today} />
      ))}
      {overview.unclaimedMonthly > 0 && (
        <p className="rights-total">{t('rights:overview.total', { amount: formatMoney(overview.unclaimedMonthly, language) })}</p>
      )}
      {questionsLeft > 0 && (
        <p>
          <Link href="/questions" className={buttonClass('primary', true)}>
            {t('rights:overview.continueQuestions', { count: questionsLeft })}
          </Link>
        </p>
      )}
      {SHOWN.map((group) =>
        overview.groups[group].length === 0 ? null : (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>
              {t(`rights:overview.group.${group}`)} ({overview.groups[group].length})
            </h2>
            <ul className="list-plain right-list">
              {overview.groups[group]
                .slice(0, group === 'maybe' && !allMaybes ? MAYBE_SHOWN : undefined)
                .map((card) => (
                  <RightCard key={card.result.id} card={card} questionsLeft={questionsForRight(questionnaire, card.result.id)} />
                ))}
            </ul>
            {group === 'maybe' && !allMaybes && overview.groups.maybe.length > MAYBE_SHOWN && (
              <Button variant="secondary" block onClick={() => setAllMaybes(true)}>
                {t('rights:overview.showAll', { count: overview.groups.maybe.length - MAYBE_SHOWN })}
              </Button>
            )}
          </section>
        ),
      )}
      {declinedOrNot.length > 0 && (
        <details className="card">
          <summary>
            {t('rights:overview.group.not-eligible')} ({declinedOrNot.length})
          </summary>
          <ul className="list-plain right-list">
            {declinedOrNot.map((card) => (
              <RightCard key={card.result.id} card={card} questionsLeft={0} />
            ))}
          </ul>
        </details>
      )}
    </Screen>
  );
}
