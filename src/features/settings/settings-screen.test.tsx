import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { getSettings } from '../../storage/shell';

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
});
