// Numbers, money and dates in the reader's conventions, through Intl: "1 314,20 €" in French,
// "€ 1.314,20" in Dutch. Calendar days are formatted as days (no time zone shift).
import { findLanguage } from './languages';

/** The Intl locale of one of our languages ("fr" → "fr-BE"), or the code itself. */
export function localeOf(language: string): string {
  return findLanguage(language)?.intlLocale ?? language;
}

export function formatMoney(amount: number, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    // "€", not "EUR", in every language (Ukrainian would write EUR otherwise).
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

export function formatDay(isoDate: string, language: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: style === 'long' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(date);
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** "A, B et C" / "A, B en C" / "A، B وC": a list joined as the language joins it. */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);
}
