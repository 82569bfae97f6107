// Reminders with the app closed: on a periodic background sync the worker plans the notices of
// every household from IndexedDB, as the app does when it opens, and shows the new ones.
import i18next from 'i18next';
import { todayIso } from '../domain/calendar/iso-date';
import { noticeText } from '../i18n/notice-text';
import type { Translate } from '../i18n/render-reason';
import texts from 'virtual:notice-texts';
import { getSettings, markNoticesShown, noticesToShow, planAllNotices } from '../storage';

async function translator(language: string): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, fallbackLng: 'fr', resources: texts, ns: ['notices', 'rights'], interpolation: { escapeValue: false } });
  return instance.t.bind(instance) as unknown as Translate;
}

export async function planAndShowInBackground(worker: ServiceWorkerGlobalScope): Promise<void> {
  const today = todayIso();
  await planAllNotices(today);
  const settings = await getSettings();
  if (!settings.systemNotifications || Notification.permission !== 'granted') return;
  const language = settings.language ?? 'fr';
  const t = await translator(language);
  const pending = await noticesToShow(today);
  for (const notice of pending) {
    const { title, body } = noticeText(notice, t, language);
    await worker.registration.showNotification(title, {
      body,
      tag: notice.id,
      icon: '/icons/icon-192.png',
      data: { url: notice.rightId ? `/rights/${notice.rightId}` : '/notices', noticeId: notice.id },
    });
  }
  await markNoticesShown(pending.map((notice) => notice.id));
}
