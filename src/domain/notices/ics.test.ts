import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from './ics';

const event = {
  uid: 'deadline:be-heating-allowance:2026-10-10',
  date: '2026-12-09',
  title: 'Allocation de chauffage : demandez-la au CPAS',
  description: 'Date limite : 60 jours après la livraison du 10/10/2026.\nApportez la facture; votre carte d\'identité, et c\'est tout.',
  url: 'https://carnet.example/rights/be-heating-allowance',
  alarmDaysBefore: 2,
};

describe('reminders as a calendar file', () => {
  const ics = toIcs([event], new Date('2026-11-22T10:00:00Z'));

  it('parses back, with the day, the texts, the link and an alarm', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.description).toBe(event.description);
    expect(parsed.startDate.toString()).toBe('2026-12-09');
    expect(parsed.startDate.isDate).toBe(true);
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(parsed.uid).toBe('deadline:be-heating-allowance:2026-10-10@carnet.invalid');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    // Two days before at 9:00: 39 hours before midnight of the day.
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1DT15H');
  });

  it('uses CRLF line ends and folds long lines at 75 octets, even with accents', () => {
    const long = toIcs([{ ...event, description: 'é'.repeat(200) }]);
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(long).not.toMatch(/[^\r]\n/);
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(long)).getFirstSubcomponent('vevent')!);
    expect(parsed.description).toBe('é'.repeat(200));
  });
});
