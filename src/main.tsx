// Entry point: pick the language (saved choice, else the browser's), then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/theme.css';
import { App } from './app/app';
import { startUpdateChecks } from './app/update/app-update';
import { initI18n, preferredLanguage } from './i18n';
import { getSettings, listHouseholdSummaries, type DeviceSettings } from './storage/shell';
import { startLanguage } from './app/household-language';

async function start(): Promise<void> {
  // If IndexedDB is unavailable the app still starts; the screens then explain the problem.
  const [settings, summaries] = await Promise.all([getSettings().catch((): DeviceSettings => ({})), listHouseholdSummaries().catch(() => ({ households: [] }))]);
  // On an office's device, a citizen's session left idle is wiped before anything of it shows.
  if (settings.volunteerMode) await import('./features/handover/volunteer-guard').then((guard) => guard.resumeVolunteerGuard(() => history.replaceState(null, '', '/volunteer?wiped=idle')));
  await initI18n(startLanguage(settings, summaries.households) ?? preferredLanguage(navigator.languages));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startUpdateChecks();
}

void start();
