// Reminders shown by the phone itself (system notifications), opt-in: the app explains first,
// then asks the browser's permission. They are planned on the device — no push server: when
// the app opens, and on a periodic background sync where the browser offers it.
import i18next from 'i18next';
import { loadNamespaces } from '../../i18n';
import { noticeText } from '../../i18n/notice-text';
import type { Translate } from '../../i18n/render-reason';
import { markNoticesShown, noticesToShow, updateSettings, type NoticeRow } from '../../storage';

export const PERIODIC_SYNC_TAG = 'carnet-notices';
const DAY = 24 * 60 * 60 * 1000;

export type SystemNotificationsState = 'unsupported' | 'default' | 'granted' | 'denied';

export function systemNotificationsState(): SystemNotificationsState {
  if (typeof Notification === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported';
  return Notification.permission;
}

interface PeriodicSyncManager {
  register: (tag: string, options: { minInterval: number }) => Promise<void>;
}

/** Where the browser offers it (an installed app in Chromium), plan once a day in the background. */
async function registerPeriodicSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker.ready;
    const periodicSync = (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }).periodicSync;
    await periodicSync?.register(PERIODIC_SYNC_TAG, { minInterval: DAY });
  } catch {
    // Not granted or not offered: reminders still come when the app opens.
  }
}

export async function enableSystemNotifications(): Promise<SystemNotificationsState> {
  if (systemNotificationsState() === 'unsupported') return 'unsupported';
  const permission = await Notification.requestPermission();
  await updateSettings({ systemNotifications: permission === 'granted' });
  if (permission === 'granted') {
    await registerPeriodicSync();
    await showPendingNotifications();
  }
  return permission;
}

/** Shows, through the service worker, the notices not shown yet; a tap opens the right. */
export async function showPendingNotifications(today = new Date().toISOString().slice(0, 10)): Promise<NoticeRow[]> {
  if (systemNotificationsState() !== 'granted') return [];
  const registration = await navigator.serviceWorker.ready;
  const pending = await noticesToShow(today);
  // Planned at start-up, before any screen with these texts may have opened.
  await loadNamespaces(['notices', 'rights']);
  const t = i18next.t.bind(i18next) as unknown as Translate;
  for (const notice of pending) {
    const { title, body } = noticeText(notice, t, i18next.language);
    await registration.showNotification(title, {
      body,
      tag: notice.id,
      icon: '/icons/icon-192.png',
      data: { url: notice.rightId ? `/rights/${notice.rightId}` : '/notices', noticeId: notice.id },
    });
  }
  await markNoticesShown(pending.map((notice) => notice.id));
  return pending;
}
