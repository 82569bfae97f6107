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

/** Shares of a full-time schedule people can name; "other" leaves it unknown. */
const SCHEDULES = ['1', '0.8', '0.75', '0.5'] as const;

interface LineValue {
  text: string;
  basis: 'net' | 'gross';
  workFraction?: number;
}

function IncomeLine({ kind, draftPrefix, saved, error, onChange }: {
  kind: IncomeKind;
  draftPrefix: string;
  saved: Income | undefined;
  error?: string;
  onChange: (value: LineValue) => void;
}) {
  const { t } = useTranslation('questions');
  const id = useId();
  const amount = useDraftField(`${draftPrefix}:${kind}`, saved ? String(saved.monthly) : '');
  const [basis, setBasis] = useState<'net' | 'gross'>(saved?.basis ?? 'net');
  const [schedule, setSchedule] = useState(saved?.workFraction === undefined ? '' : String(saved.workFraction));
  const fraction = (value: string) => (value === '' ? {} : { workFraction: Number(value) });
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
            onChange({ text: event.target.value, basis, ...fraction(schedule) });
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
                onChange({ text: amount.text, basis: option, ...fraction(schedule) });
              }}
            />
            <span>{t(`incomes.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'employment' && (
        <div className="field">
          <label htmlFor={`${id}-schedule`}>{t('incomes.schedule')}</label>
          <select
            id={`${id}-schedule`}
            value={schedule}
            onChange={(event) => {
              setSchedule(event.target.value);
              onChange({ text: amount.text, basis, ...fraction(event.target.value) });
            }}
          >
            <option value="">{t('incomes.scheduleOption.unknown')}</option>
            {SCHEDULES.map((option) => (
              <option key={option} value={option}>
                {t(`incomes.scheduleOption.${option.replace('.', '_') as '1' | '0_8' | '0_75' | '0_5'}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

export function IncomesForm({ member, person, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const saved = member?.incomes ?? [];
  const [ticked, setTicked] = useState<IncomeKind[]>(saved.map((income) => income.kind));
  const [lines, setLines] = useState<Record<string, LineValue>>(
    Object.fromEntries(
      saved.map((income) => [
        income.kind,
        { text: String(income.monthly), basis: income.basis ?? 'net', ...(income.workFraction !== undefined ? { workFraction: income.workFraction } : {}) },
      ]),
    ),
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
          else {
            const workFraction = lines[kind]?.workFraction;
            incomes.push({ kind, monthly: value, basis: lines[kind]?.basis ?? 'net', ...(workFraction !== undefined ? { workFraction } : {}) });
          }
        }
        setErrors(problems);
        if (Object.keys(problems).length > 0) return;
        submit({ kind: 'incomes', value: incomes });
      }}
    >
      <fieldset className="choices">
        <legend className="visually-hidden">{t('incomes.title', { person, context: member?.relation === 'self' ? 'self' : undefined })}</legend>
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
                onChange={(value) => setLines((previous) => ({ ...previous, [kind]: value }))}
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
