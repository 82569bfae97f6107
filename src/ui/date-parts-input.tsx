// A date as three boxes — day, month, year — with the number keyboard: easier than a calendar
// picker for a birth date decades ago, and readable by every screen reader.
import { useId } from 'react';
import { isIsoDate } from '../domain/calendar/iso-date';

export interface DatePartsLabels {
  legend: string;
  day: string;
  month: string;
  year: string;
  hint?: string;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DatePartsInputProps {
  labels: DatePartsLabels;
  values: DateParts;
  error?: string;
  onPartChange: (field: keyof DateParts, value: string) => void;
}

export function partsOf(iso: string | undefined): DateParts {
  const [year, month, day] = iso?.split('-') ?? [];
  return { day: day ? String(Number(day)) : '', month: month ? String(Number(month)) : '', year: year ?? '' };
}

export function toIsoDate(day: string, month: string, year: string): string | undefined {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

export function DatePartsInput({ labels, values, error, onPartChange }: DatePartsInputProps) {
  const id = useId();
  const described = [labels.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="date-parts" aria-describedby={described}>
      <legend>{labels.legend}</legend>
      {labels.hint && (
        <p id={`${id}-hint`} className="field__hint">
          {labels.hint}
        </p>
      )}
      <div className="date-parts__boxes">
        {(['day', 'month', 'year'] as const).map((field) => (
          <div key={field} className={`field date-parts__${field}`}>
            <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
            <input
              id={`${id}-${field}`}
              inputMode="numeric"
              autoComplete={field === 'day' ? 'bday-day' : field === 'month' ? 'bday-month' : 'bday-year'}
              maxLength={field === 'year' ? 4 : 2}
              value={values[field]}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onPartChange(field, event.target.value.replace(/\D/g, ''))}
            />
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
