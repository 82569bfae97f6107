// Turns the engine's reasons (a key and the values used) into a sentence in the reader's
// language. Shared by the app and the `rights` command: it takes a translate function, not an
// i18next instance, and formats money, numbers and names itself.
import type { Reason, ReasonValue } from '../domain/rights/engine/reason';
import type { Money } from '../domain/rights/engine/money';
import { formatMoney, formatNumber } from './format';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

function isMoney(value: ReasonValue): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value && 'per' in value;
}

/** Values that name something (a right, a region, a fuel…) are translated, money is formatted. */
function renderValue(name: string, value: ReasonValue, t: Translate, language: string): string {
  if (isMoney(value)) return t(`rights:money.${value.per}`, { amount: formatMoney(value.amount, language) });
  if (typeof value === 'number') return name === 'year' ? String(value) : formatNumber(value, language);
  if (name === 'right') return t(`rights:right.${value}.name`);
  if (name === 'year') return value;
  return t(`rights:value.${name}.${value}`, { defaultValue: value });
}

export function renderReason(reason: Reason, t: Translate, language: string): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(reason.values ?? {})) values[name] = renderValue(name, value, t, language);
  return t(`rights:reason.${reason.key}`, values);
}
