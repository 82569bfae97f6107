// A notice in the reader's words: title and body, with the right's name, money and dates in
// their conventions. Shared by the inbox and the service worker's system notifications.
import { formatDay, formatMoney } from './format';
import type { Translate } from './render-reason';

export interface NoticeLike {
  kind: string;
  rightId?: string;
  params?: Record<string, string | number>;
}

export interface NoticeText {
  title: string;
  body: string;
}

export function noticeText(notice: NoticeLike, t: Translate, language: string): NoticeText {
  const params = notice.params ?? {};
  const right = notice.rightId ? t(`rights:right.${notice.rightId}.name`) : '';
  const day = (key: string) => (typeof params[key] === 'string' ? formatDay(params[key], language) : '');
  const monthly = Number(params.monthly ?? 0);
  const reminder = params.reminder !== undefined;
  switch (notice.kind) {
    case 'unclaimed':
    case 'new-right': {
      const kind = reminder ? 'reminder' : notice.kind;
      const body =
        notice.kind === 'new-right' && !reminder
          ? params.because !== 'catalogue' && monthly > 0
            ? t('notices:notice.new-right.body_householdAmount', { amount: formatMoney(monthly, language) })
            : t(`notices:notice.new-right.body_${params.because === 'catalogue' ? 'catalogue' : 'household'}`)
          : monthly > 0
            ? t('notices:notice.unclaimed.body', { amount: formatMoney(monthly, language) })
            : t('notices:notice.unclaimed.bodyNoAmount');
      return { title: t(`notices:notice.${kind}.title`, { right }), body };
    }
    case 'follow-up':
      return {
        title: t('notices:notice.follow-up.title', { right }),
        body: t('notices:notice.follow-up.body', { count: Number(params.weeks ?? 4), date: day('since') }),
      };
    case 'deadline':
      return {
        title: t('notices:notice.deadline.title', { right, date: day('deadline') }),
        body: t('notices:notice.deadline.body', { date: day('deadline'), delivery: day('delivery') }),
      };
    case 'change': {
      const direction = params.to === 'eligible' ? 'gain' : params.from === 'eligible' ? 'loss' : 'other';
      return { title: t('notices:notice.change.title', { right, date: day('on') }), body: t(`notices:notice.change.body_${direction}`, { date: day('on') }) };
    }
    case 'renewal':
      return { title: t('notices:notice.renewal.title', { right }), body: t('notices:notice.renewal.body', { schoolYear: String(params.schoolYear ?? '') }) };
    default:
      return { title: right || t('notices:title'), body: '' };
  }
}
