// Statuses already established (BIM, a recognised disability…): tick what applies; what is
// not ticked is then known as "no".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../../domain/profile';
import type { FormProps } from '../form-props';
import { ContinueButton } from './continue-button';

export function StatusesForm({ member, person, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const [ticked, setTicked] = useState<Status[]>(member?.statuses ?? []);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit({ kind: 'statuses', value: ticked });
      }}
    >
      <fieldset className="choices">
        <legend className="visually-hidden">{t('statuses.title', { person, context: member?.relation === 'self' ? 'self' : undefined })}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="choice">
            <input
              type="checkbox"
              checked={ticked.includes(status)}
              onChange={(event) => setTicked(event.target.checked ? [...ticked, status] : ticked.filter((s) => s !== status))}
            />
            <span>
              {t(`statuses.option.${status}`)}
              <span className="choice__hint">{t(`statuses.hint.${status}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted">{t('statuses.noneTicked')}</p>
      <ContinueButton />
    </form>
  );
}
