import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionFromPostalCode } from '../../../domain/profile/region';
import { Field } from '../../../ui/field';
import type { FormProps } from '../form-props';
import { useDraftText } from '../use-draft-text';
import { ContinueButton } from './continue-button';

export function PostalCodeForm({ profile, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const [text, setText, settle] = useDraftText(draftPrefix, 'postalCode', profile.household.postalCode ?? '');
  const [error, setError] = useState<string>();
  const region = regionFromPostalCode(text.trim());
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!region) return setError(t('postal-code.invalid'));
        void settle();
        submit({ kind: 'postal-code', value: text.trim() });
      }}
    >
      <Field
        label={t('postal-code.label')}
        hint={region ? t('postal-code.region', { region: t(`region.${region}`) }) : t('postal-code.hint')}
        error={error}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value.replace(/\D/g, ''));
          setError(undefined);
        }}
      />
      <ContinueButton />
    </form>
  );
}
