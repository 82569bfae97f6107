// One answer among a few: residence status, housing, heating. Large radio buttons.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEATINGS, RESIDENCES, TENURES, type Heating, type Residence, type Tenure } from '../../../domain/profile';
import type { Answer } from '../../../domain/questions';
import type { FormProps } from '../form-props';
import { ContinueButton } from './continue-button';

const OPTIONS = { residence: RESIDENCES, tenure: TENURES, heating: HEATINGS } as const;
type ChoiceKind = keyof typeof OPTIONS;

function current({ question, profile, member }: FormProps): string | undefined {
  if (question.kind === 'residence') return member?.residence;
  if (question.kind === 'tenure') return profile.household.housing?.tenure;
  return profile.household.housing?.heating;
}

export function ChoiceForm(props: FormProps) {
  const { t } = useTranslation('questions');
  const label = (option: string) =>
    kind === 'residence'
      ? t(`residence.option.${option as Residence}`)
      : kind === 'tenure'
        ? t(`tenure.option.${option as Tenure}`)
        : t(`heating.option.${option as Heating}`);
  const id = useId();
  const kind = props.question.kind as ChoiceKind;
  const [choice, setChoice] = useState(current(props));
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!choice) return setError(t('choice.required'));
        props.submit({ kind, value: choice } as Answer);
      }}
    >
      <fieldset className="choices" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="visually-hidden">{t(`${kind}.title`, { person: props.person, context: props.member?.relation === 'self' ? 'self' : undefined })}</legend>
        {OPTIONS[kind].map((option) => (
          <label key={option} className="choice choice--large">
            <input type="radio" name={`${id}-${kind}`} value={option} checked={choice === option} onChange={() => { setChoice(option); setError(undefined); }} />
            <span>{label(option)}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} role="alert" className="field__error">
          {error}
        </p>
      )}
      <ContinueButton />
    </form>
  );
}
