// Where the household stands with this right: not asked / asked on (date) / receiving since
// (date) / refused / not for me. Saved as soon as it is chosen.
import { useId, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../domain/claims';
import { isIsoDate } from '../../domain/calendar';
import { setClaimStatus, type ClaimRow } from '../../storage';
import { useRightsText } from './use-reason-text';

const DATED: ReadonlySet<ClaimStatus> = new Set(['asked', 'receiving', 'refused']);

export function ClaimStatusForm({ householdId, rightId, claim, today }: { householdId: string; rightId: string; claim?: ClaimRow; today: string }) {
  const { t } = useRightsText();
  const id = useId();
  const status = claim?.status ?? 'not-asked';
  const [date, setDate] = useState(claim?.since ?? today);
  const [error, setError] = useState<string>();

  const save = async (next: ClaimStatus, day: string) => {
    if (DATED.has(next) && (!isIsoDate(day) || day > today)) {
      setError(t('rights:claim.dateInvalid'));
      return;
    }
    setError(undefined);
    try {
      await setClaimStatus(householdId, rightId, next, DATED.has(next) ? day : undefined);
    } catch {
      setError(t('rights:saveFailed'));
    }
  };

  return (
    <fieldset className="claim-status">
      <legend>{t('rights:claim.legend')}</legend>
      {CLAIM_STATUSES.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={`${id}-status`} value={option} checked={status === option} onChange={() => void save(option, date)} />
          <span>{t(`rights:claim.status.${option}`)}</span>
        </label>
      ))}
      {DATED.has(status) && (
        <div className="field">
          <label htmlFor={`${id}-date`}>{t(`rights:claim.date.${status}`)}</label>
          <input
            id={`${id}-date`}
            type="date"
            max={today}
            value={date}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setDate(event.target.value);
              if (event.target.value) void save(status, event.target.value);
            }}
          />
        </div>
      )}
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
