// When the app opens: plan the notices of every household on the device, then show the new
// ones on the phone if the person turned reminders on. Loaded after the first screen.
import { todayIso } from '../../domain/calendar/iso-date';
import { getSettings, planAllNotices } from '../../storage';
import { showPendingNotifications } from './system-notifications';

export async function planOnOpen(): Promise<void> {
  await planAllNotices(todayIso());
  const settings = await getSettings();
  if (settings.systemNotifications) await showPendingNotifications(todayIso());
}
