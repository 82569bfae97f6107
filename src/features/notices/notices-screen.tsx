// The notices inbox of the household in use, newest first, and the choice to get them as
// reminders on the phone.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../domain/calendar/iso-date';
import { planNoticesFor, useActiveHousehold, useNotices, useSettings } from '../../storage';
import { Screen } from '../../ui/screen';
import { Button } from '../../ui/button';
import { NoticeCard } from './notice-card';
import { enableSystemNotifications, systemNotificationsState, type SystemNotificationsState } from './system-notifications';

function SystemReminders() {
  const { t } = useTranslation('notices');
  const settings = useSettings();
  const [state, setState] = useState<SystemNotificationsState>(systemNotificationsState);
  const on = state === 'granted' && settings?.systemNotifications;
  return (
    <section className="card" aria-labelledby="system-title">
      <h2 id="system-title">{t('system.title')}</h2>
      {on ? (
        <p>{t('system.enabled')}</p>
      ) : state === 'unsupported' ? (
        <p>{t('system.unsupported')}</p>
      ) : state === 'denied' ? (
        <p>{t('system.denied')}</p>
      ) : (
        <>
          <p>{t('system.explain')}</p>
          <Button onClick={() => void enableSystemNotifications().then(setState)}>{t('system.enable')}</Button>
        </>
      )}
    </section>
  );
}

export function NoticesScreen() {
  const { t } = useTranslation('notices');
  const { active } = useActiveHousehold();
  const today = todayIso();
  // Opening the inbox plans anything new for this household first.
  useEffect(() => {
    if (active) void planNoticesFor(active.id, today).catch(() => undefined);
  }, [active, today]);
  const notices = useNotices(active?.id)?.filter((notice) => !notice.dismissedAt && !(notice.snoozedUntil && notice.snoozedUntil > today));
  return (
    <Screen title={t('title')}>
      <SystemReminders />
      {notices && notices.length === 0 && <p>{t('empty')}</p>}
      <ul className="list-plain notice-list">
        {notices?.map((notice) => (
          <li key={notice.id}>
            <NoticeCard notice={notice} today={today} />
          </li>
        ))}
      </ul>
    </Screen>
  );
}
