// The frame around every screen: header with the household in use, banners, the screen, and
// the navigation at the bottom where a thumb reaches it.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { updateSettings, useActiveHousehold, useUnreadNoticeCount } from '../storage/shell';
import { Icon } from '../ui/icons';
import { navOf, ROUTES } from './routes';
import { StorageBanner } from './storage-banner';
import { ErrorBoundary } from './error-boundary';
import { useLanguageOfActiveHousehold } from './household-language';
import { useLockWatch } from './lock-watch';

// Loaded after the first screen, with the service worker's registration it reports on.
const UpdateBanner = lazy(() => import('./update/update-banner').then(({ UpdateBanner }) => ({ default: UpdateBanner })));

function HouseholdSwitcher() {
  const { t } = useTranslation();
  const { active: household, households } = useActiveHousehold();
  if (!household || households.length < 2) return null;
  return (
    <label className="app-header__switcher">
      <span className="visually-hidden">{t('shell.household')}</span>
      <select value={household.id} onChange={(event) => void updateSettings({ activeHouseholdId: event.target.value })}>
        {households.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name || t('household.unnamed')}
          </option>
        ))}
      </select>
    </label>
  );
}

function NoticesBadge() {
  const { t } = useTranslation();
  const { active } = useActiveHousehold();
  const unread = useUnreadNoticeCount(active?.id);
  if (unread === 0) return null;
  return (
    <span className="badge" aria-label={t('nav.unread', { count: unread })}>
      {unread}
    </span>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('shell.loading')}
    </p>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  useLanguageOfActiveHousehold();
  useLockWatch();
  // After the first screen: plan the notices of every household and show new reminders. The
  // planner needs the rules engine, so it is loaded here rather than with the first screen.
  useEffect(() => {
    const timer = setTimeout(() => {
      void import('../features/notices/plan-on-open').then(({ planOnOpen }) => planOnOpen()).catch(() => undefined);
    }, 1500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__title">{t('app.name')}</p>
        <HouseholdSwitcher />
      </header>
      <Suspense fallback={null}>
        <UpdateBanner />
      </Suspense>
      <StorageBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary resetKey={location}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      </main>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {ROUTES.filter((route) => route.icon).map((route) => (
            <li key={route.path}>
              <Link href={route.path} aria-current={navOf(location) === route.nav ? 'page' : undefined}>
                <Icon name={route.icon!} />
                <span>
                  {t(`nav.${route.nav}`)}
                  {route.nav === 'notices' && <NoticesBadge />}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
