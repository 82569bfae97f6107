// The screens and their addresses. Every feature screen is its own chunk, loaded when opened
// (and precached for offline use), so the first screen stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { IconName } from '../ui/icons';

type NavKey = 'home' | 'household' | 'rights' | 'notices' | 'help' | 'settings';

export interface AppRoute {
  path: string;
  nav: NavKey;
  icon: IconName;
  screen: LazyExoticComponent<ComponentType>;
}

function screen<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const ROUTES: readonly AppRoute[] = [
  { path: '/', nav: 'home', icon: 'home', screen: screen(() => import('../features/home/home-screen'), 'HomeScreen') },
  { path: '/household', nav: 'household', icon: 'household', screen: screen(() => import('../features/household/household-screen'), 'HouseholdScreen') },
  { path: '/rights', nav: 'rights', icon: 'rights', screen: screen(() => import('../features/rights/rights-screen'), 'RightsScreen') },
  { path: '/notices', nav: 'notices', icon: 'notices', screen: screen(() => import('../features/notices/notices-screen'), 'NoticesScreen') },
  { path: '/help', nav: 'help', icon: 'help', screen: screen(() => import('../features/help/help-screen'), 'HelpScreen') },
  { path: '/settings', nav: 'settings', icon: 'settings', screen: screen(() => import('../features/settings/settings-screen'), 'SettingsScreen') },
];
