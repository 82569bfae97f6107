import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, getSettings, listNotices, updateSettings } from '../../storage';
import { aHousehold } from '../../domain/testing/household-builder';

let id: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00') });
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function withHousehold() {
  id = await createHousehold('Test', aHousehold().inBrussels().belgian().aged(30).statusesComplete().earning().living('private-rent', { heating: 'natural-gas' }).build());
  await updateSettings({ activeHouseholdId: id });
}

describe('notices', () => {
  it('says plainly that there is nothing yet, and what will come', async () => {
    await renderApp('/notices');
    expect(await screen.findByText(/Pas de message pour le moment/)).toBeInTheDocument();
  });

  it('tells about a right not asked for, with what it is worth, and leads to it', async () => {
    await withHousehold();
    await renderApp('/notices');
    // "New" is said in words, not only by the coloured edge of an unread notice.
    const notice = await screen.findByRole('article', { name: "Nouveau Revenu d'intégration" });
    expect(notice).toHaveTextContent(/environ 1\s314,20\s€ par mois/);
    expect(within(notice).getByRole('link', { name: 'Voir ce droit' })).toHaveAttribute('href', '/rights/be-integration-income');
  });

  it('hides a notice snoozed for a week, and one dismissed', async () => {
    await withHousehold();
    await renderApp('/notices');
    const notice = await screen.findByRole('article', { name: /Revenu d'intégration$/ });
    await userEvent.click(within(notice).getByRole('button', { name: 'Me le rappeler dans une semaine' }));
    await vi.waitFor(() => expect(screen.queryByRole('article', { name: /Revenu d'intégration$/ })).not.toBeInTheDocument());
    expect((await listNotices(id)).find((n) => n.rightId === 'be-integration-income')?.snoozedUntil).toBe('2026-11-29');
    const other = screen.getAllByRole('article')[0]!;
    const title = other.getAttribute('aria-labelledby');
    await userEvent.click(within(other).getByRole('button', { name: 'Effacer' }));
    await vi.waitFor(() => expect(document.getElementById(title ?? '')).toBeNull());
  });

  it('stops talking about a right after "don’t remind me"', async () => {
    await withHousehold();
    await renderApp('/notices');
    const notice = await screen.findByRole('article', { name: /Revenu d'intégration$/ });
    await userEvent.click(within(notice).getByRole('button', { name: 'Ne plus me parler de ce droit' }));
    await vi.waitFor(async () => expect((await listNotices(id)).find((n) => n.rightId === 'be-integration-income')?.mutesRight).toBe(true));
  });

  it('explains reminders on the phone before asking the browser, and remembers the answer', async () => {
    const requestPermission = vi.fn(async () => 'denied' as NotificationPermission);
    vi.stubGlobal('Notification', Object.assign(function Notification() {}, { permission: 'default', requestPermission }));
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { ready: new Promise(() => undefined) } });
    await renderApp('/notices');
    expect(await screen.findByText(/rien n'est envoyé/)).toBeInTheDocument();
    expect(requestPermission).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Activer les rappels' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Les rappels sont bloqués/)).toBeInTheDocument();
    expect((await getSettings()).systemNotifications).toBe(false);
  });
});
