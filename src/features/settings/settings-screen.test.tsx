import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { getSettings } from '../../storage/shell';
import { db } from '../../storage/db';

beforeEach(async () => {
  await resetDatabase();
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 50_000_000 })), persisted: vi.fn(async () => false), persist: vi.fn(async () => true) },
  });
});

describe('settings', () => {
  it('shows how much space Carnet uses, in the reader’s units', async () => {
    await renderApp('/settings');
    expect(await screen.findByText(/Carnet utilise 1,2\sMo sur cet appareil/)).toBeInTheDocument();
  });

  it('asks the browser to keep the data and says when it agreed', async () => {
    await renderApp('/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Demander à garder les données' }));
    expect(await screen.findByText(/Le navigateur garde les données de Carnet/)).toBeInTheDocument();
    expect((await getSettings()).persistence).toBe('granted');
  });

  it('remembers the language chosen', async () => {
    await renderApp('/settings');
    await userEvent.click(await screen.findByRole('radio', { name: /Nederlands/ }));
    await vi.waitFor(async () => expect((await getSettings()).language).toBe('nl'));
  });

  it('changes the language even when it cannot be kept, and says so', async () => {
    await renderApp('/settings');
    const radio = await screen.findByRole('radio', { name: /English/ });
    db.close();
    try {
      await userEvent.click(radio);
      expect(await screen.findByRole('alert')).toHaveTextContent('The language has changed, but Carnet could not keep it for next time.');
      expect(document.documentElement.lang).toBe('en');
    } finally {
      await db.open();
    }
  });
});
