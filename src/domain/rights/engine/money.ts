// Money always carries its period, so that a monthly income is never compared with a yearly
// ceiling by mistake.
export type Period = 'month' | 'year' | 'once';

export interface Money {
  amount: number;
  per: Period;
}

export const perMonth = (amount: number): Money => ({ amount, per: 'month' });
export const perYear = (amount: number): Money => ({ amount, per: 'year' });
export const once = (amount: number): Money => ({ amount, per: 'once' });

export function toMonthly(money: Money): number {
  if (money.per === 'once') throw new RangeError('A one-off amount has no monthly value');
  return money.per === 'month' ? money.amount : money.amount / 12;
}

export function toYearly(money: Money): number {
  if (money.per === 'once') throw new RangeError('A one-off amount has no yearly value');
  return money.per === 'year' ? money.amount : money.amount * 12;
}

/** Rounds to the cent, as amounts are written in law. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
