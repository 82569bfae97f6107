// The household's taxable income from the tax assessment (avertissement-extrait de rôle /
// aanslagbiljet): which income year, the gross and the net taxable totals.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../../../ui/parse-amount';
import { Field } from '../../../ui/field';
import type { FormProps } from '../form-props';
import { useDraftText } from '../use-draft-text';
import { ContinueButton } from './continue-button';

export function TaxableIncomeForm({ profile, today, draftPrefix, submit }: FormProps) {
  const { t } = useTranslation('questions');
  const id = useId();
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 1, thisYear - 2, thisYear - 3];
  const latest = [...(profile.household.taxableIncome ?? [])].sort((a, b) => b.year - a.year)[0];
  const [year, setYear] = useState(latest?.year ?? years[0]!);
  const [gross, setGross, settleGross] = useDraftText(draftPrefix, 'gross', latest?.grossTaxable === undefined ? '' : String(latest.grossTaxable));
  const [net, setNet, settleNet] = useDraftText(draftPrefix, 'net', latest?.netTaxable === undefined ? '' : String(latest.netTaxable));
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const grossValue = gross.trim() === '' ? undefined : parseAmount(gross);
        const netValue = net.trim() === '' ? undefined : parseAmount(net);
        const bad = (gross.trim() !== '' && grossValue === undefined) || (net.trim() !== '' && netValue === undefined);
        if (bad || (grossValue === undefined && netValue === undefined)) return setError(t('taxable-income.invalid'));
        void Promise.all([settleGross(), settleNet()]);
        submit({
          kind: 'taxable-income',
          value: { year, ...(grossValue !== undefined ? { grossTaxable: grossValue } : {}), ...(netValue !== undefined ? { netTaxable: netValue } : {}) },
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('taxable-income.year')}</label>
        <select id={`${id}-year`} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((option) => (
            <option key={option} value={option}>
              {t('taxable-income.yearOption', { year: option, exercise: option + 1 })}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('taxable-income.gross')} hint={t('taxable-income.grossHint')} inputMode="decimal" value={gross} onChange={(event) => { setGross(event.target.value); setError(undefined); }} />
      <Field label={t('taxable-income.net')} hint={t('taxable-income.netHint')} inputMode="decimal" value={net} error={error} onChange={(event) => { setNet(event.target.value); setError(undefined); }} />
      <ContinueButton />
    </form>
  );
}
