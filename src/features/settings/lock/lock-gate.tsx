// On a device with a lock, the app starts here: nothing of the households is read, and no
// screen is drawn, until the PIN or passphrase opens them.
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { findLanguage, initI18n, preferredLanguage } from '../../../i18n';
import { setVaultState, type DeviceSettings } from '../../../storage/shell';
import { LockScreen } from './lock-screen';

/** Resolves once the carnet is unlocked; the lock screen is then taken down. */
export async function waitForUnlock(container: HTMLElement, { lock, lockFailures, language }: DeviceSettings): Promise<void> {
  if (!lock) return;
  setVaultState({ kind: 'locked', lockId: lock.salt });
  // The households (and their languages) cannot be read yet: the device's language it is.
  await initI18n(language && findLanguage(language) ? language : preferredLanguage(navigator.languages));
  return new Promise((resolve) => {
    const root = createRoot(container);
    const unlocked = () => {
      root.unmount();
      resolve();
    };
    root.render(
      <StrictMode>
        <main id="main" className="app-main">
          <Suspense fallback={null}>
            <LockScreen kind={lock.kind} failures={lockFailures} onUnlocked={unlocked} />
          </Suspense>
        </main>
      </StrictMode>,
    );
  });
}
