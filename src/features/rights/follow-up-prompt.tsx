// "You asked for X on (date). Did you get an answer?" — granted, refused, still waiting, or
// "I didn't ask" after all.
import { useState } from 'react';
import type { ClaimState } from '../../domain/claims';
import { nextFollowUp } from '../../domain/claims';
import { formatDay } from '../../i18n';
import { postponeFollowUp, setClaimStatus } from '../../storage';
import { Button } from '../../ui/button';
import { useRightsText } from './use-reason-text';

export function FollowUpPrompt({ householdId, claim, today }: { householdId: string; claim: ClaimState; today: string }) {
  const { t, language } = useRightsText();
  const [failed, setFailed] = useState(false);
  const act = (action: () => Promise<void>) => () => void action().catch(() => setFailed(true));
  const headingId = `follow-up-${claim.rightId}`;
  return (
    <section className="card follow-up" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('rights:followUp.title', { right: t(`rights:right.${claim.rightId}.name`), date: formatDay(claim.since ?? today, language) })}</h2>
      <div className="button-row">
        <Button onClick={act(() => setClaimStatus(householdId, claim.rightId, 'receiving', today))}>{t('rights:followUp.granted')}</Button>
        <Button variant="secondary" onClick={act(() => setClaimStatus(householdId, claim.rightId, 'refused', today))}>
          {t('rights:followUp.refused')}
        </Button>
        <Button variant="secondary" onClick={act(() => postponeFollowUp(householdId, claim.rightId, nextFollowUp(today)))}>
          {t('rights:followUp.waiting')}
        </Button>
        <Button variant="secondary" onClick={act(() => setClaimStatus(householdId, claim.rightId, 'not-asked'))}>
          {t('rights:followUp.didNotAsk')}
        </Button>
      </div>
      {failed && (
        <p role="alert" className="field__error">
          {t('rights:saveFailed')}
        </p>
      )}
    </section>
  );
}
