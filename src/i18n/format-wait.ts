// A wait in words ("30 secondes", "2 minutes"), apart from format.ts and the i18n index: only
// the lock uses it, and those two are part of the first screen.
import { localeOf } from './format';

/** Rounded up, in seconds under a minute, else in minutes. */
export function formatWait(milliseconds: number, language: string): string {
  const seconds = Math.ceil(milliseconds / 1000);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
