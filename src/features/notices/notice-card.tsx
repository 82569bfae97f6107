// One notice: what it says, where it leads, and what the person can do with it.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { addDays } from '../../domain/calendar/iso-date';
import { formatDay } from '../../i18n';
import { noticeText } from '../../i18n/notice-text';
import type { Translate } from '../../i18n/render-reason';
import { dismissNotice, markNoticeRead, muteRightOfNotice, snoozeNotice, type NoticeRow } from '../../storage';
import { Button, buttonClass } from '../../ui/button';
import { ReadAloud } from '../../ui/read-aloud';
import { downloadCalendar } from './calendar-file';

export function NoticeCard({ notice, today }: { notice: NoticeRow; today: string }) {
  const { t, i18n } = useTranslation('notices');
  const text = noticeText(notice, t as unknown as Translate, i18n.language);
  const headingId = `notice-${notice.id}`;
  const calendarDay = notice.eventOn && notice.eventOn >= today ? notice.eventOn : undefined;
  return (
    <article className={`card notice${notice.readAt ? '' : ' notice--unread'}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="notice__title">
        {/* Unread is said in words, not by the coloured edge alone. */}
        {!notice.readAt && <span className="tag">{t('unread')}</span>} {text.title}
      </h2>
      <p>{text.body}</p>
      <ReadAloud text={`${text.title}. ${text.body}`} />
      <p className="muted">{t('received', { date: formatDay(notice.createdAt.slice(0, 10), i18n.language) })}</p>
      <div className="button-row">
        {notice.rightId && (
          <Link href={`/rights/${notice.rightId}`} className={buttonClass('primary')} onClick={() => void markNoticeRead(notice.id)}>
            {t('actions.see')}
          </Link>
        )}
        {calendarDay && (
          <Button
            variant="secondary"
            onClick={() =>
              downloadCalendar(
                [
                  {
                    uid: notice.id,
                    date: calendarDay,
                    title: text.title,
                    description: `${text.body}\n${t('calendar.description')}`,
                    url: `${window.location.origin}/rights/${notice.rightId ?? ''}`,
                    alarmDaysBefore: 2,
                  },
                ],
                `carnet-${notice.kind}-${calendarDay}.ics`,
              )
            }
          >
            {t('actions.calendar')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => void snoozeNotice(notice.id, addDays(today, 7))}>
          {t('actions.snooze')}
        </Button>
        <Button variant="secondary" onClick={() => void dismissNotice(notice.id)}>
          {t('actions.dismiss')}
        </Button>
        {notice.rightId && (
          <Button variant="secondary" onClick={() => void muteRightOfNotice(notice.id)}>
            {t('actions.mute')}
          </Button>
        )}
      </div>
    </article>
  );
}
