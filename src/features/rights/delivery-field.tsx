// For the heating allowance: the day of the last delivery, so that Carnet can remind the person
// before the 60 days to ask for it run out.
import { useId, useState } from 'react';
import { isIsoDate } from '../../domain/calendar';
import { setDelivery } from '../../storage';
import { useRightsText } from './use-reason-text';

export function DeliveryField({ householdId, rightId, saved, today }: { householdId: string; rightId: string; saved?: string; today: string }) {
  const { t } = useRightsText();
  const id = useId();
  const [value, setValue] = useState(saved ?? '');
  const [error, setError] = useState<string>();
  return (
    <div className="field">
      <label htmlFor={id}>{t('rights:detail.delivery.label')}</label>
      <span id={`${id}-hint`} className="field__hint">
        {t('rights:detail.delivery.hint')}
      </span>
      <input
        id={id}
        type="date"
        max={today}
        value={value}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          if (next !== '' && (!isIsoDate(next) || next > today)) return setError(t('rights:claim.dateInvalid'));
          setError(undefined);
          void setDelivery(householdId, rightId, next || undefined).catch(() => setError(t('rights:saveFailed')));
        }}
      />
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
