// Why the engine says what it says, as data: a key (translated in locales/<lang>/rights.json
// under "reason") and the values it used. Never a sentence built in the engine.
import type { Money } from './money';

export type ReasonValue = number | string | Money;

export interface Reason {
  key: string;
  values?: Record<string, ReasonValue>;
}

export function reason(key: string, values?: Record<string, ReasonValue>): Reason {
  return values ? { key, values } : { key };
}
