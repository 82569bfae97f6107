// The screens and their addresses. Every feature screen is its own chunk, loaded when opened
// (and precached for offline use), so the first screen stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { IconName } from '../ui/icons';

type NavKey = 'home' | 'household' | 'rights' | 'notices' | 'help' | 'settings';

export interface AppRoute {
  path: string;
  /** The navigation item that is current on this screen. */
  nav: NavKey;
  icon: IconName;
  /** Shown in the navigation bar (sub-screens like a right's page are not). */
  inNav: boolean;
  screen: LazyExoticComponent<ComponentType>;
}

function screen<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const ROUTES: readonly AppRoute[] = [
  { path: '/', nav: 'home', icon: 'home', inNav: true, screen: screen(() => import('../features/home/home-screen'), 'HomeScreen') },
  { path: '/household', nav: 'household', icon: 'household', inNav: true, screen: screen(() => import('../features/household/household-screen'), 'HouseholdScreen') },
  { path: '/rights', nav: 'rights', icon: 'rights', inNav: true, screen: screen(() => import('../features/rights/rights-screen'), 'RightsScreen') },
  { path: '/rights/:id', nav: 'rights', icon: 'rights', inNav: false, screen: screen(() => import('../features/rights/right-screen'), 'RightScreen') },
  { path: '/questions', nav: 'household', icon: 'household', inNav: false, screen: screen(() => import('../features/questions/questions-screen'), 'QuestionsScreen') },
  { path: '/questions/:id', nav: 'household', icon: 'household', inNav: false, screen: screen(() => import('../features/questions/questions-screen'), 'QuestionsScreen') },
  { path: '/notices', nav: 'notices', icon: 'notices', inNav: true, screen: screen(() => import('../features/notices/notices-screen'), 'NoticesScreen') },
  { path: '/help', nav: 'help', icon: 'help', inNav: true, screen: screen(() => import('../features/help/help-screen'), 'HelpScreen') },
  { path: '/settings', nav: 'settings', icon: 'settings', inNav: true, screen: screen(() => import('../features/settings/settings-screen'), 'SettingsScreen') },
];

/** The route a location belongs to, for the navigation's current item. */
export function navOf(location: string): NavKey {
  const match = ROUTES.find((route) => route.path !== '/' && (location === route.path || location.startsWith(`${route.path}/`)));
  return match?.nav ?? 'home';
}
