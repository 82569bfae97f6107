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
  icon: IconName;
  /** Shown in the navigation bar (sub-screens like a right's page are not). */
  inNav: boolean;
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
  { path: '/', nav: 'home', icon: 'home', inNav: true, ...screen(() => import('../features/home/home-screen'), 'HomeScreen', []) },
  { path: '/household', nav: 'household', icon: 'household', inNav: true, ...screen(() => import('../features/household/household-screen'), 'HouseholdScreen', ['household', 'questions']) },
  { path: '/rights', nav: 'rights', icon: 'rights', inNav: true, ...screen(() => import('../features/rights/rights-screen'), 'RightsScreen', ['rights']) },
  { path: '/rights/:id', nav: 'rights', icon: 'rights', inNav: false, ...screen(() => import('../features/rights/right-screen'), 'RightScreen', ['rights', 'glossary']) },
  { path: '/questions', nav: 'household', icon: 'household', inNav: false, ...questions },
  { path: '/questions/:id', nav: 'household', icon: 'household', inNav: false, ...questions },
  { path: '/notices', nav: 'notices', icon: 'notices', inNav: true, ...screen(() => import('../features/notices/notices-screen'), 'NoticesScreen', ['notices', 'rights']) },
  { path: '/help', nav: 'help', icon: 'help', inNav: true, ...screen(() => import('../features/help/help-screen'), 'HelpScreen', ['help', 'glossary']) },
  { path: '/settings', nav: 'settings', icon: 'settings', inNav: true, ...screen(() => import('../features/settings/settings-screen'), 'SettingsScreen', ['settings']) },
];

/** The route a location belongs to, for the navigation's current item. */
export function navOf(location: string): NavKey {
  const match = ROUTES.find((route) => route.path !== '/' && (location === route.path || location.startsWith(`${route.path}/`)));
  return match?.nav ?? 'home';
}
