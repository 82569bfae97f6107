// The notices inbox of the household in use.
import { useTranslation } from 'react-i18next';
import { useActiveHousehold, useNotices, markNoticeRead } from '../../storage';
import { formatDay } from '../../i18n';
import { Screen } from '../../ui/screen';
import { Card } from '../../ui/card';
import { Button } from '../../ui/button';

export function NoticesScreen() {
  const { t, i18n } = useTranslation('notices');
  const { active } = useActiveHousehold();
  const notices = useNotices(active?.id)?.filter((notice) => !notice.dismissedAt);
  return (
    <Screen title={t('title')}>
      {notices && notices.length === 0 && <p>{t('empty')}</p>}
      <ul className="list-plain">
        {notices?.map((notice) => (
          <li key={notice.id}>
            <Card>
              <p>{t('kind', { context: notice.kind, defaultValue: notice.kind })}</p>
              <p className="muted">{formatDay(notice.createdAt.slice(0, 10), i18n.language)}</p>
              {!notice.readAt && (
                <Button variant="secondary" onClick={() => void markNoticeRead(notice.id)}>
                  {t('markRead')}
                </Button>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
