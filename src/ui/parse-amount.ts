// Reads an amount of money as people type it: "1 314,20", "1.314,20", "1314.2", "650 €".
// Returns undefined for anything that is not a plain, non-negative amount.
/** Digits, or digits grouped by three with dots or commas. */
const THOUSANDS = /^(\d+|\d{1,3}([.,]\d{3})+)$/;

export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return undefined;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  let normalised: string;
  // A separator followed by exactly 1 or 2 digits at the end is the decimal one.
  const decimals = cleaned.length - decimalAt - 1;
  if (decimalAt >= 0 && decimals >= 1 && decimals <= 2) {
    const whole = cleaned.slice(0, decimalAt);
    if (!THOUSANDS.test(whole)) return undefined;
    normalised = `${whole.replace(/[.,]/g, '')}.${cleaned.slice(decimalAt + 1)}`;
  } else {
    // Otherwise separators group thousands ("1.314" or "1,314"), which must come in threes.
    if (!THOUSANDS.test(cleaned)) return undefined;
    normalised = cleaned.replace(/[.,]/g, '');
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}
