import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serviceWorker } from '../../../tests/unit/doubles/pwa-register';
import { FakeServiceWorkerContainer } from '../../../tests/unit/doubles/service-worker-container';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { startUpdateChecks } from './app-update';
import { createEmptyHousehold, updateSettings } from '../../storage/shell';
import { readDraft, draftKey } from '../../storage';

beforeEach(async () => {
  await resetDatabase();
  serviceWorker.reset();
});

describe('the update flow', () => {
  it('offers "Update" when a new version waits, and reloads only once it is pressed', async () => {
    const reload = vi.fn();
    const container = new FakeServiceWorkerContainer(true);
    startUpdateChecks({ reload, container });
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Mettre à jour' })).not.toBeInTheDocument();

    act(() => serviceWorker.options?.onNeedRefresh?.());
    expect(screen.getByText(/Une nouvelle version de Carnet est prête/)).toBeInTheDocument();
    expect(serviceWorker.skipWaitingRequests).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(serviceWorker.skipWaitingRequests).toBe(1);
    act(() => container.takeControl());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the worker first takes control at the first visit', async () => {
    const reload = vi.fn();
    const container = new FakeServiceWorkerContainer(false);
    startUpdateChecks({ reload, container });
    container.takeControl();
    expect(reload).not.toHaveBeenCalled();
    // A later takeover is an update.
    container.takeControl();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload by itself while an answer is half-typed, and keeps what was typed', async () => {
    const reload = vi.fn();
    const container = new FakeServiceWorkerContainer(true);
    startUpdateChecks({ reload, container });
    const id = await createEmptyHousehold('Test');
    await updateSettings({ activeHouseholdId: id });
    await renderApp('/household');
    const postalCode = await screen.findByLabelText('Code postal');
    await userEvent.type(postalCode, '40');

    // Another tab pressed "Update": the new version takes control of this tab too.
    act(() => container.takeControl());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByText(/Rechargez quand vous avez fini/)).toBeInTheDocument();
    expect(await readDraft(draftKey(id, 'postalCode'))).toBe('40');
  });
});
