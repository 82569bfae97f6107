// Calendar dates as the contract writes them ("YYYY-MM-DD"), without time zones: a birth
// date or a deadline is a day, and a Date object would shift it across midnight in Brussels.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

function toDayNumber({ year, month, day }: DateParts): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function mustParse(text: IsoDate): DateParts {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`Not a calendar date: ${text}`);
  return parts;
}

/** Full years between a birth date and a day (a person born on 29 February ages on 1 March). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = mustParse(birthDate);
  const day = mustParse(on);
  const hadBirthday = day.month > birth.month || (day.month === birth.month && day.day >= birth.day);
  return day.year - birth.year - (hadBirthday ? 0 : 1);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(mustParse(date)) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(mustParse(to)) - toDayNumber(mustParse(from));
}

/** Whole calendar months from one day to another (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) return months - 1;
  if (months < 0 && b.day > a.day) return months + 1;
  return months;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's date where the device is (Belgium for our users), not in UTC. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
