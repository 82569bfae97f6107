// Renders the whole app at an address, in French unless told otherwise, with a fresh
// in-memory database.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App } from '../../src/app/app';
import { initI18n, changeLanguage } from '../../src/i18n';
import { db } from '../../src/storage/db';
import { setVaultState } from '../../src/storage/vault/vault-state';

let ready: Promise<unknown> | undefined;

export async function resetDatabase(): Promise<void> {
  // A lock set by an earlier test must not follow into the next one.
  setVaultState({ kind: 'open' });
  await db.delete();
  await db.open();
}

async function speak(language: string): Promise<void> {
  ready ??= initI18n(language);
  await ready;
  await changeLanguage(language);
}

export async function renderApp(path = '/', language = 'fr') {
  await speak(language);
  window.history.pushState({}, '', path);
  return render(<App />);
}

/** One screen or part of it, outside the app's frame (the lock screen is drawn before the app). */
export async function renderAlone(ui: ReactElement, language = 'fr') {
  await speak(language);
  return render(ui);
}
