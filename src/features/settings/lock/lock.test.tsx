import { Suspense } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAlone, renderApp, resetDatabase } from '../../../../tests/unit/render-app';
import { createHousehold, getSettings, lockCarnet, setLock } from '../../../storage';
import { db } from '../../../storage/db';
import { LockScreen } from './lock-screen';

const PIN = '482913';

beforeEach(async () => {
  await resetDatabase();
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: vi.fn(async () => ({ usage: 1000, quota: 50_000_000 })), persisted: vi.fn(async () => false), persist: vi.fn(async () => true) },
  });
});

async function lockScreen(onUnlocked = vi.fn()) {
  await setLock(PIN);
  await lockCarnet();
  const { lock, lockFailures } = await getSettings();
  await renderAlone(
    <Suspense fallback={null}>
      <LockScreen kind={lock!.kind} failures={lockFailures} onUnlocked={onUnlocked} />
    </Suspense>,
  );
  return onUnlocked;
}

/** Replaces what a field of the form holds, then sends the form with `button`. */
async function retypeAndSend(label: string, text: string, button: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.type(field, text);
  await userEvent.click(screen.getByRole('button', { name: button }));
}

describe('the PIN lock in settings', () => {
  it('puts a lock on only with a long enough code typed the same twice, then seals the household', async () => {
    await createHousehold('Famille Diallo');
    await renderApp('/settings');
    const code = await screen.findByLabelText('Nouveau code');
    await userEvent.type(code, '1234');
    await userEvent.click(screen.getByRole('button', { name: 'Protéger mon carnet' }));
    expect(await screen.findByText('Choisissez 6 chiffres ou plus, ou une phrase de 8 caractères ou plus.')).toBeInTheDocument();

    await userEvent.clear(code);
    await userEvent.type(code, PIN);
    await userEvent.type(screen.getByLabelText('Le même code encore une fois'), '482914');
    await userEvent.click(screen.getByRole('button', { name: 'Protéger mon carnet' }));
    expect(await screen.findByText('Les deux codes ne sont pas les mêmes.')).toBeInTheDocument();
    expect((await getSettings()).lock).toBeUndefined();

    await retypeAndSend('Le même code encore une fois', PIN, 'Protéger mon carnet');
    expect(await screen.findByText('Votre carnet est protégé par votre code.')).toBeInTheDocument();
    expect(await screen.findByText(/Il se verrouille tout seul après 5\sminutes sans utilisation/)).toBeInTheDocument();
    expect((await getSettings()).lock?.kind).toBe('pin');
    expect(JSON.stringify(await db.households.toArray())).not.toContain('Diallo');
  });

  it('changes or removes the lock only with the current code', async () => {
    await createHousehold('Famille Diallo');
    await setLock(PIN);
    await renderApp('/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Enlever le code' }));
    await retypeAndSend('Code actuel', '000000', 'Enlever le code');
    expect(await screen.findByText("Ce n'est pas le code actuel. Rien n'a changé.")).toBeInTheDocument();
    expect((await getSettings()).lock).toBeDefined();

    await retypeAndSend('Code actuel', PIN, 'Enlever le code');
    expect(await screen.findByText('Le code est enlevé. Vos données ne sont plus chiffrées.')).toBeInTheDocument();
    expect((await getSettings()).lock).toBeUndefined();
    expect(JSON.stringify(await db.households.toArray())).toContain('Famille Diallo');
  });
});

describe('the lock screen', () => {
  it('opens the carnet with the right PIN, offering the digit keyboard', async () => {
    const unlocked = await lockScreen();
    const field = await screen.findByLabelText('Code PIN');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('type', 'password');
    await userEvent.type(field, `${PIN}{Enter}`);
    await waitFor(() => expect(unlocked).toHaveBeenCalled());
  });

  it('says a code is wrong, and after the third wrong one how long to wait, with the button off meanwhile', async () => {
    const unlocked = await lockScreen();
    for (const [tries, wrong] of ['111111', '222222'].entries()) {
      await userEvent.type(await screen.findByLabelText('Code PIN'), `${wrong}{Enter}`);
      await waitFor(async () => expect((await getSettings()).lockFailures?.count).toBe(tries + 1));
      expect(await screen.findByText("Ce n'est pas le bon code.")).toBeInTheDocument();
      await waitFor(() => expect(screen.getByRole('button', { name: 'Ouvrir' })).toBeEnabled());
    }
    await userEvent.type(screen.getByLabelText('Code PIN'), '333333{Enter}');
    expect(await screen.findByText(/Attendez 30\ssecondes avant d'essayer encore./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ouvrir' })).toBeDisabled();
    // The right PIN during the wait is not even tried: the screen never starts opening.
    const opening = vi.fn();
    const watcher = new MutationObserver(() => {
      if (screen.queryByText('Ouverture…')) opening();
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    await userEvent.type(screen.getByLabelText('Code PIN'), `${PIN}{Enter}`);
    // Longer than a key derivation here (`npm run bench:lock`: about 170 ms).
    await new Promise((resolve) => setTimeout(resolve, 600));
    watcher.disconnect();
    expect(opening).not.toHaveBeenCalled();
    expect(unlocked).not.toHaveBeenCalled();
    expect((await getSettings()).lockFailures?.count).toBe(3);
  });

  it('says plainly that a forgotten code cannot be recovered, and offers to start again', async () => {
    await lockScreen();
    await userEvent.click(await screen.findByText("J'ai oublié mon code"));
    expect(screen.getByText(/Personne ne peut les retrouver/)).toBeVisible();
    expect(screen.getByText(/ouvrez la sauvegarde dans Réglages/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tout effacer sur cet appareil' })).toBeVisible();
  });
});
