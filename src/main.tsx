// Entry point: pick the language (saved choice, else the browser's), then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/theme.css';
import { App } from './app/app';
import { initI18n, preferredLanguage } from './i18n';
import { getSettings, listHouseholdSummaries, type DeviceSettings } from './storage/shell';
import { startLanguage } from './app/household-language';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // If IndexedDB is unavailable the app still starts; the screens then explain the problem.
  const settings = await getSettings().catch((): DeviceSettings => ({}));
  // On an office's device, a citizen's session left idle is wiped before anything of it shows
  // (before the PIN too: a locked tablet does not keep it).
  if (settings.volunteerMode) await import('./features/handover/volunteer-guard').then((guard) => guard.resumeVolunteerGuard(() => history.replaceState(null, '', '/volunteer?wiped=idle')));
  // A device with a lock opens on the lock screen: nothing of the households is read before.
  if (settings.lock) await import('./features/settings/lock/lock-gate').then((gate) => gate.waitForUnlock(root, settings));
  const summaries = await listHouseholdSummaries().catch(() => ({ households: [] }));
  await initI18n(startLanguage(settings, summaries.households) ?? preferredLanguage(navigator.languages));
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After the first screen: registering the service worker and watching for updates can wait.
  void import('./app/update/app-update').then((update) => update.startUpdateChecks());
}

void start();
