import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { getSettings } from '../../storage/shell';
import { createHousehold, listHouseholds } from '../../storage';
import { sealBackup } from '../../domain/backup';
import { emptyProfile } from '../../domain/profile';
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

  it('refuses a backup password too short or typed differently twice', async () => {
    await renderApp('/settings');
    await userEvent.type(await screen.findByLabelText('Mot de passe de la sauvegarde'), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer une sauvegarde' }));
    expect(await screen.findByText('Le mot de passe doit avoir au moins 8 caractères.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Mot de passe de la sauvegarde'), ' mais long');
    await userEvent.type(screen.getByLabelText('Le même mot de passe, encore une fois'), 'autre chose');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer une sauvegarde' }));
    expect(await screen.findByText('Les deux mots de passe ne sont pas les mêmes.')).toBeInTheDocument();
  });

  it('restores a backup only with its password, adding its households', async () => {
    await createHousehold('Ici', emptyProfile());
    const backup = {
      format: 'carnet-backup' as const,
      version: 1 as const,
      createdAt: '2026-11-22T10:00:00.000Z',
      households: [{ name: 'Amina', profile: emptyProfile(), answers: [], claims: [] }],
    };
    const file = new File([await sealBackup(backup, 'mot de passe long')], 'carnet.carnet', { type: 'text/plain' });
    await renderApp('/settings');
    await userEvent.upload(await screen.findByLabelText('Fichier de sauvegarde'), file);
    await userEvent.type(screen.getByLabelText('Mot de passe de cette sauvegarde'), 'mauvais mot de passe');
    await userEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
    expect(await screen.findByText("Ce n'est pas le bon mot de passe. Rien n'a été changé.", {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await listHouseholds()).households).toHaveLength(1);
    await userEvent.clear(screen.getByLabelText('Mot de passe de cette sauvegarde'));
    await userEvent.type(screen.getByLabelText('Mot de passe de cette sauvegarde'), 'mot de passe long');
    await userEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
    expect(await screen.findByText('1 ménage restauré.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await listHouseholds()).households.map((household) => household.name).sort()).toEqual(['Amina', 'Ici']);
  });

  it('deletes everything only after one confirmation', async () => {
    await createHousehold('Ici', emptyProfile());
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    try {
      await renderApp('/settings');
      await userEvent.click(await screen.findByRole('button', { name: 'Tout effacer sur cet appareil' }));
      expect((await listHouseholds()).households).toHaveLength(1);
      await userEvent.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
      await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    } finally {
      vi.unstubAllGlobals();
    }
    await db.open();
    expect(await db.households.count()).toBe(0);
  });
});
