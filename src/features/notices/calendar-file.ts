// Hands a reminder to the phone's calendar: a small .ics file the person opens or saves.
import { toIcs, type CalendarEvent } from '../../domain/notices';

export function downloadCalendar(events: CalendarEvent[], fileName: string): void {
  const blob = new Blob([toIcs(events)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
