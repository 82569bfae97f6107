// Renders the whole app at an address, in French unless told otherwise, with a fresh
// in-memory database.
import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { initI18n, changeLanguage } from '../../src/i18n';
import { db } from '../../src/storage/db';

let ready: Promise<unknown> | undefined;

export async function resetDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}

export async function renderApp(path = '/', language = 'fr') {
  ready ??= initI18n(language);
  await ready;
  await changeLanguage(language);
  window.history.pushState({}, '', path);
  return render(<App />);
}
