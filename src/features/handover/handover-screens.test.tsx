import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, getHousehold, getSettings, listHouseholds, listShares, startSession, updateSettings } from '../../storage';
import { startIdleWipe, stopIdleWipe } from './volunteer-guard';
import { aHousehold } from '../../domain/testing/household-builder';
import { SECTIONS, sealProfile } from '../../domain/handover';

const family = () =>
  aHousehold('2026-11-22').inBrussels().belgian().aged(30).statusesComplete().earning().living('private-rent', { heating: 'natural-gas', monthlyRent: 600 }).build();

let id: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00') });
  await resetDatabase();
  id = await createHousehold('Amina', family());
  await updateSettings({ activeHouseholdId: id });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('showing my summary', () => {
  it('ticks only what the chosen right needs, and nothing without a right', async () => {
    const view = await renderApp('/share?right=be-integration-income');
    expect(await screen.findByText(/Déjà coché : ce qu'il faut pour Revenu d'intégration/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Les revenus' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: "L'école des enfants" })).not.toBeChecked();
    view.unmount();
    await renderApp('/share');
    for (const box of await screen.findAllByRole('checkbox')) expect(box).not.toBeChecked();
  });

  it('shows a QR code with its code, and writes it in the household’s log', async () => {
    await renderApp('/share?right=be-integration-income');
    await userEvent.type(await screen.findByLabelText(/À qui/), 'CPAS de Molenbeek');
    await userEvent.click(screen.getByRole('checkbox', { name: /Protéger par un code/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Montrer un code QR' }));
    expect(await screen.findByRole('img', { name: 'Code QR de votre résumé' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Code à dire : \d{3} \d{3}/)).toBeInTheDocument();
    await waitFor(async () => expect(await listShares(id)).toMatchObject([{ to: 'CPAS de Molenbeek', channel: 'qr', what: expect.arrayContaining(['incomes']) }]));
    const log = screen.getByRole('region', { name: 'Ce que vous avez montré' });
    expect(await within(log).findByText(/CPAS de Molenbeek — code QR/)).toBeInTheDocument();
  });

  it('sends the chosen sections and the rights in words through the phone’s share sheet', async () => {
    const share = vi.fn(async (_data: ShareData) => undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    try {
      await renderApp('/share?right=be-integration-income');
      await userEvent.click(await screen.findByRole('button', { name: 'Envoyer par message' }));
      await waitFor(() => expect(share).toHaveBeenCalledOnce());
      const text = share.mock.calls[0]![0].text ?? '';
      expect(text).toMatch(/Quels revenus recevez-vous chaque mois/);
      expect(text).toContain("Revenu d'intégration");
      expect(text).not.toContain('Amina');
      await waitFor(async () => expect(await listShares(id)).toMatchObject([{ channel: 'share' }]));
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('puts the household’s language and the office’s side by side in the printed summary', async () => {
    await renderApp('/share');
    const summary = await screen.findByRole('region', { name: 'Résumé pour le bureau' });
    await userEvent.selectOptions(within(summary).getByLabelText('Langue du bureau'), 'nl');
    await waitFor(() => expect(summary.querySelectorAll('.print-summary__column')).toHaveLength(2));
    expect(summary.querySelector('.print-summary__column[lang="nl"]')).toHaveTextContent('Samenvatting');
  });
});

describe('receiving a code', () => {
  it('refuses a wrong code, then replaces the household only when asked', async () => {
    const updated = { ...family(), household: { ...family().household, postalCode: '1000' } };
    const text = await sealProfile(updated, SECTIONS, '135790');
    await renderApp('/receive');
    await userEvent.type(await screen.findByLabelText('Ou collez le texte reçu'), text);
    await userEvent.click(screen.getByRole('button', { name: 'Lire' }));
    await userEvent.type(await screen.findByLabelText('Code à 6 chiffres'), '135791');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
    expect(await screen.findByText("Ce n'est pas le bon code. Vérifiez les 6 chiffres.", {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await getHousehold(id))?.profile.household.postalCode).toBe('1080');
    await userEvent.clear(screen.getByLabelText('Code à 6 chiffres'));
    await userEvent.type(screen.getByLabelText('Code à 6 chiffres'), '135790');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remplacer mon ménage « Amina »' }, { timeout: 5000 }));
    await waitFor(async () => expect((await getHousehold(id))?.profile.household.postalCode).toBe('1000'));
  });

  it('says plainly when the text is not from Carnet', async () => {
    await renderApp('/receive');
    await userEvent.type(await screen.findByLabelText('Ou collez le texte reçu'), 'https://example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Lire' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce code ne vient pas de Carnet.');
    expect((await listHouseholds()).households).toHaveLength(1);
  });
});

describe('a volunteer session', () => {
  it('is offered only on a device set up for an office', async () => {
    await renderApp('/volunteer');
    expect(await screen.findByText(/Le mode bénévole n'est pas activé sur cet appareil/)).toBeInTheDocument();
  });

  it('asks consent first, then keeps the citizen’s answers only until it ends', async () => {
    await updateSettings({ volunteerMode: true });
    await renderApp('/volunteer');
    await userEvent.click(await screen.findByRole('button', { name: "La personne est d'accord" }));
    await userEvent.click(screen.getByRole('button', { name: 'Commencer sans code' }));
    await screen.findByRole('heading', { level: 1, name: 'Qui vit avec vous ?' }, { timeout: 5000 });
    const session = (await getSettings()).activeHouseholdId;
    expect(session).not.toBe(id);
    expect((await getHousehold(session!))?.session).toBeDefined();

    window.history.pushState({}, '', '/volunteer');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await userEvent.click(await screen.findByRole('button', { name: 'Terminer la séance' }));
    expect(await screen.findByRole('img', { name: 'Code QR de votre résumé' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tout effacer maintenant' }));
    expect(await screen.findByText(/Rien de cette personne n'est resté/)).toBeInTheDocument();
    expect(await getHousehold(session!)).toBeUndefined();
    expect(await getHousehold(id)).toBeDefined();
  });

  it('is wiped after five minutes without a touch, and not before', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-11-22T10:00:00') });
    const session = await startSession(family(), 'La personne');
    startIdleWipe(() => undefined);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    document.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(await getHousehold(session)).toBeDefined();
    await vi.advanceTimersByTimeAsync(60_000 + 10);
    await vi.waitFor(async () => expect(await getHousehold(session)).toBeUndefined());
    stopIdleWipe();
  });
});
