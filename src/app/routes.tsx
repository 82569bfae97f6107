// The screens and their addresses. Every feature screen is its own chunk, loaded when opened
// (and precached for offline use), so the first screen stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { IconName } from '../ui/icons';
import { loadNamespaces, type Namespace } from '../i18n';

type NavKey = 'home' | 'household' | 'rights' | 'notices' | 'help' | 'settings';

export interface AppRoute {
  path: string;
  /** The navigation item that is current on this screen. */
  nav: NavKey;
  /** Screens in the navigation bar have an icon; sub-screens (a right's page…) have none. */
  icon?: IconName;
  screen: LazyExoticComponent<ComponentType>;
  /** The texts the screen shows beyond the shell's; fetched together with its code. */
  namespaces: readonly Namespace[];
}

/** A screen's code and its texts, fetched together the first time it opens. */
function screen<M>(load: () => Promise<M>, name: keyof M, namespaces: readonly Namespace[]) {
  return {
    namespaces,
    screen: lazy(async () => {
      const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
      return { default: module[name] as ComponentType };
    }),
  };
}

const questions = screen(() => import('../features/questions/questions-screen'), 'QuestionsScreen', ['questions', 'glossary']);

export const ROUTES: readonly AppRoute[] = [
  { path: '/', nav: 'home', icon: 'home', ...screen(() => import('../features/home/home-screen'), 'HomeScreen', []) },
  { path: '/household', nav: 'household', icon: 'household', ...screen(() => import('../features/household/household-screen'), 'HouseholdScreen', ['household', 'questions']) },
  { path: '/rights', nav: 'rights', icon: 'rights', ...screen(() => import('../features/rights/rights-screen'), 'RightsScreen', ['rights']) },
  { path: '/rights/:id', nav: 'rights', ...screen(() => import('../features/rights/right-screen'), 'RightScreen', ['rights', 'glossary']) },
  { path: '/questions', nav: 'household', ...questions },
  { path: '/questions/:id', nav: 'household', ...questions },
  { path: '/notices', nav: 'notices', icon: 'notices', ...screen(() => import('../features/notices/notices-screen'), 'NoticesScreen', ['notices', 'rights']) },
  { path: '/help', nav: 'help', icon: 'help', ...screen(() => import('../features/help/help-screen'), 'HelpScreen', ['help', 'glossary', 'handover']) },
  { path: '/share', nav: 'help', ...screen(() => import('../features/handover/share-screen'), 'ShareScreen', ['handover', 'questions', 'rights']) },
  { path: '/receive', nav: 'help', ...screen(() => import('../features/handover/receive-screen'), 'ReceiveScreen', ['handover']) },
  { path: '/volunteer', nav: 'settings', ...screen(() => import('../features/handover/volunteer-screen'), 'VolunteerScreen', ['handover', 'questions', 'rights']) },
  { path: '/settings', nav: 'settings', icon: 'settings', ...screen(() => import('../features/settings/settings-screen'), 'SettingsScreen', ['settings', 'handover']) },
];

/** The route a location belongs to, for the navigation's current item. */
export function navOf(location: string): NavKey {
  const match = ROUTES.find((route) => route.path !== '/' && (location === route.path || location.startsWith(`${route.path}/`)));
  return match?.nav ?? 'home';
}
