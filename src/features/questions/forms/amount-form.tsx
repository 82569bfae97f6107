// An amount in euros: the rent per month, or the cadastral income per year.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../../../ui/parse-amount';
import { Field } from '../../../ui/field';
import type { FormProps } from '../form-props';
import { useDraftText } from '../use-draft-text';
import { ContinueButton } from './continue-button';

export function AmountForm({ question, profile, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const kind = question.kind === 'rent' ? 'rent' : 'real-estate-income';
  const saved = kind === 'rent' ? profile.household.housing?.monthlyRent : profile.household.realEstateIncome;
  const [text, setText, settle] = useDraftText(draftPrefix, 'amount', saved === undefined ? '' : String(saved));
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = parseAmount(text);
        if (value === undefined || value > 1_000_000) return setError(t('amount.invalid'));
        void settle();
        submit({ kind, value });
      }}
    >
      <Field
        label={t(`${kind}.label`)}
        hint={t(`${kind}.hint`)}
        error={error}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
      />
      <ContinueButton />
    </form>
  );
}
