// Birth date and date of arrival in Belgium: day, month, year.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePartsInput, partsOf, toIsoDate, type DateParts } from '../../../ui/date-parts-input';
import type { FormProps } from '../form-props';
import { useDraftText } from '../use-draft-text';
import { ContinueButton } from './continue-button';

export function DateForm({ question, member, person, today, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const kind = question.kind === 'arrival-date' ? 'arrival-date' : 'birth-date';
  const initial = partsOf(kind === 'birth-date' ? member?.birthDate : member?.arrivalDate);
  const [day, setDay, settleDay] = useDraftText(draftPrefix, 'day', initial.day);
  const [month, setMonth, settleMonth] = useDraftText(draftPrefix, 'month', initial.month);
  const [year, setYear, settleYear] = useDraftText(draftPrefix, 'year', initial.year);
  const [error, setError] = useState<string>();
  const setters: Record<keyof DateParts, (value: string) => void> = { day: setDay, month: setMonth, year: setYear };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const iso = toIsoDate(day, month, year);
        if (!iso || iso > today || iso < '1900-01-01') return setError(t('date.invalid'));
        void Promise.all([settleDay(), settleMonth(), settleYear()]);
        submit(kind === 'birth-date' ? { kind, value: iso } : { kind, value: iso });
      }}
    >
      <DatePartsInput
        labels={{ legend: t(`${kind}.label`, { person }), day: t('date.day'), month: t('date.month'), year: t('date.year'), hint: t('date.hint') }}
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
