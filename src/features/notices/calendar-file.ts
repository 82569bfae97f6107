// Hands a reminder to the phone's calendar: a small .ics file the person opens or saves.
import { toIcs, type CalendarEvent } from '../../domain/notices';
import { downloadFile } from '../../ui/download-file';

export function downloadCalendar(events: CalendarEvent[], fileName: string): void {
  downloadFile(toIcs(events), fileName, 'text/calendar;charset=utf-8');
}
