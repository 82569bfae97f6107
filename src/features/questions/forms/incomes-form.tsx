// What the person receives each month: tick each kind of income, then write the amount and
// whether it is the net amount (on the bank statement) or the gross one (on the payslip).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_KINDS, type Income, type IncomeKind } from '../../../domain/profile';
import { parseAmount } from '../../../ui/parse-amount';
import { Button } from '../../../ui/button';
import type { FormProps } from '../form-props';
import { ContinueButton } from './continue-button';
import { useDraftField } from '../../../storage';

function IncomeLine({ kind, draftPrefix, saved, error, onChange }: {
  kind: IncomeKind;
  draftPrefix: string;
  saved: Income | undefined;
  error?: string;
  onChange: (text: string, basis: 'net' | 'gross') => void;
}) {
  const { t } = useTranslation('questions');
  const id = useId();
  const amount = useDraftField(`${draftPrefix}:${kind}`, saved ? String(saved.monthly) : '');
  const [basis, setBasis] = useState<'net' | 'gross'>(saved?.basis ?? 'net');
  return (
    <div className="income-line">
      <div className="field">
        <label htmlFor={`${id}-amount`}>{t('incomes.amount', { kind: t(`incomes.kind.${kind}`) })}</label>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          autoComplete="off"
          value={amount.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            amount.setText(event.target.value);
            onChange(event.target.value, basis);
          }}
        />
        {error && (
          <span id={`${id}-error`} role="alert" className="field__error">
            {error}
          </span>
        )}
      </div>
      <fieldset className="basis">
        <legend className="visually-hidden">{t('incomes.basis')}</legend>
        {(['net', 'gross'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-basis`}
              checked={basis === option}
              onChange={() => {
                setBasis(option);
                onChange(amount.text, option);
              }}
            />
            <span>{t(`incomes.${option}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function IncomesForm({ member, person, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const saved = member?.incomes ?? [];
  const [ticked, setTicked] = useState<IncomeKind[]>(saved.map((income) => income.kind));
  const [lines, setLines] = useState<Record<string, { text: string; basis: 'net' | 'gross' }>>(
    Object.fromEntries(saved.map((income) => [income.kind, { text: String(income.monthly), basis: income.basis ?? 'net' }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const incomes: Income[] = [];
        const problems: Record<string, string> = {};
        for (const kind of ticked) {
          const value = parseAmount(lines[kind]?.text ?? '');
          if (value === undefined || value > 100_000) problems[kind] = t('amount.invalid');
          else incomes.push({ kind, monthly: value, basis: lines[kind]?.basis ?? 'net' });
        }
        setErrors(problems);
        if (Object.keys(problems).length > 0) return;
        submit({ kind: 'incomes', value: incomes });
      }}
    >
      <fieldset className="choices">
        <legend className="visually-hidden">{t('incomes.title', { person })}</legend>
        {INCOME_KINDS.map((kind) => (
          <div key={kind}>
            <label className="choice">
              <input
                type="checkbox"
                checked={ticked.includes(kind)}
                onChange={(event) => setTicked(event.target.checked ? [...ticked, kind] : ticked.filter((k) => k !== kind))}
              />
              <span>{t(`incomes.kind.${kind}`)}</span>
            </label>
            {ticked.includes(kind) && (
              <IncomeLine
                kind={kind}
                draftPrefix={draftPrefix}
                saved={saved.find((income) => income.kind === kind)}
                error={errors[kind]}
                onChange={(text, basis) => setLines((previous) => ({ ...previous, [kind]: { text, basis } }))}
              />
            )}
          </div>
        ))}
      </fieldset>
      {ticked.length === 0 ? (
        <Button block onClick={() => submit({ kind: 'incomes', value: [] })}>
          {t('incomes.none')}
        </Button>
      ) : (
        <ContinueButton />
      )}
    </form>
  );
}
