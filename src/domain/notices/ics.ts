// Reminders as an iCalendar file (RFC 5545), so the phone's own calendar reminds the person even
// if Carnet is never opened again. All-day events, each with an alarm the days before at 9:00.
import type { IsoDate } from '../calendar/iso-date';

export interface CalendarEvent {
  /** Stable id: the same reminder added twice replaces itself in the calendar. */
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  url?: string;
  /** The alarm rings this many days before the date, at 9:00. */
  alarmDaysBefore: number;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

function nextDay(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** 9:00 on the day `days` before an all-day event, as a trigger relative to its start (midnight). */
function trigger(days: number): string {
  if (days <= 0) return 'PT9H';
  const hours = days * 24 - 9;
  return `-P${Math.floor(hours / 24)}DT${hours % 24}H`;
}

export function toIcs(events: readonly CalendarEvent[], now: Date = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Carnet//Rappels//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@carnet.invalid`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(event.date))}`,
      `SUMMARY:${text(event.title)}`,
      `DESCRIPTION:${text(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(event.title)}`,
      `TRIGGER:${trigger(event.alarmDaysBefore)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
