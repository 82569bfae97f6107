// On the social-housing waiting list? Since when (the day of registration as a candidate)?
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePartsInput, partsOf, toIsoDate, type DateParts } from '../../../ui/date-parts-input';
import { Button } from '../../../ui/button';
import type { FormProps } from '../form-props';
import { useDraftText } from '../use-draft-text';
import { ContinueButton } from './continue-button';

export function WaitingListForm({ profile, today, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const housing = profile.household.housing;
  const [onList, setOnList] = useState<boolean | undefined>(housing?.onSocialHousingWaitingList);
  const initial = partsOf(housing?.socialHousingApplicationDate);
  const [day, setDay, settleDay] = useDraftText(draftPrefix, 'day', initial.day);
  const [month, setMonth, settleMonth] = useDraftText(draftPrefix, 'month', initial.month);
  const [year, setYear, settleYear] = useDraftText(draftPrefix, 'year', initial.year);
  const [error, setError] = useState<string>();
  const setters: Record<keyof DateParts, (value: string) => void> = { day: setDay, month: setMonth, year: setYear };

  if (onList !== true) {
    return (
      <div className="button-row yes-no">
        <Button block onClick={() => setOnList(true)}>
          {t('actions.yes')}
        </Button>
        <Button block variant="secondary" onClick={() => submit({ kind: 'waiting-list', value: { onList: false } })}>
          {t('actions.no')}
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const empty = !day && !month && !year;
        const iso = toIsoDate(day, month, year);
        if (!empty && (!iso || iso > today)) return setError(t('date.invalid'));
        void Promise.all([settleDay(), settleMonth(), settleYear()]);
        submit({ kind: 'waiting-list', value: iso ? { onList: true, since: iso } : { onList: true } });
      }}
    >
      <DatePartsInput
        labels={{ legend: t('waiting-list.since'), day: t('date.day'), month: t('date.month'), year: t('date.year'), hint: t('waiting-list.sinceHint') }}
        values={{ day, month, year }}
        error={error}
        onPartChange={(field, value) => {
          setters[field](value);
          setError(undefined);
        }}
      />
      <ContinueButton />
    </form>
  );
}
