import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, listClaims, setClaimStatus, updateSettings } from '../../storage';
import { aHousehold } from '../../domain/testing/household-builder';

// A Belgian single person in Brussels with no income: the revenu d'intégration is likely.
const noIncome = () => aHousehold().inBrussels().belgian().aged(30).statusesComplete().earning().living('private-rent', { heating: 'natural-gas', monthlyRent: 600 }).build();

let id: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00') });
  await resetDatabase();
  id = await createHousehold('Test', noIncome());
  await updateSettings({ activeHouseholdId: id });
});

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

describe('my rights', () => {
  it('groups the rights and adds up what is still to claim each month', async () => {
    await renderApp('/rights');
    const eligible = await screen.findByRole('region', { name: /Vous y avez probablement droit/ });
    const ris = within(eligible).getByRole('link', { name: "Revenu d'intégration" });
    expect(ris.closest('li')).toHaveTextContent(/Environ 1\s314,20\s€ par mois/);
    expect(ris.closest('li')).toHaveTextContent('À demander.');
    expect(screen.getByText(/par mois que vous pouvez encore demander/)).toBeInTheDocument();
  });

  it('opens a right with its reasons, its steps and what to bring', async () => {
    await renderApp('/rights/be-integration-income');
    expect(await screen.findByRole('heading', { name: 'Pourquoi Carnet pense cela' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: "Revenu d'intégration" })).toHaveFocus());
    expect(screen.getByText(/Plafond : 1\s314,20\s€ par mois/)).toBeInTheDocument();
    const steps = screen.getByRole('heading', { name: 'Comment le demander' }).parentElement!;
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent("Allez au CPAS de votre commune et demandez le revenu d'intégration.");
    expect(screen.getByText(/Il faut être prêt à travailler/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'En parler avec quelqu\u2019un'.replace('\u2019', "'") })).toHaveAttribute('href', '/help?right=be-integration-income');
  });

  it('explains an official term when it is tapped, and says how the office calls the right', async () => {
    await renderApp('/rights/be-integration-income');
    const steps = (await screen.findByRole('heading', { name: 'Comment le demander' })).parentElement!;
    const term = within(steps).getByRole('button', { name: 'CPAS' });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(within(steps).getByRole('note')).toHaveTextContent(/Le centre public d'action sociale\. Chaque commune en a un\./);
    await userEvent.click(term);
    expect(within(steps).queryByRole('note')).not.toBeInTheDocument();
  });

  it('keeps the documents ticked on the checklist', async () => {
    const first = await renderApp('/rights/be-integration-income');
    await userEvent.click(await screen.findByRole('checkbox', { name: "Votre carte d'identité" }));
    await vi.waitFor(async () => expect((await listClaims(id))[0]?.documents).toEqual(['id-card']));
    first.unmount();
    await renderApp('/rights/be-integration-income');
    expect(await screen.findByRole('checkbox', { name: "Votre carte d'identité" })).toBeChecked();
  });

  it('moves a right to "asked" when the person says they asked for it', async () => {
    await renderApp('/rights/be-integration-income');
    await userEvent.click(await screen.findByRole('radio', { name: 'Demandé' }));
    await vi.waitFor(async () => expect((await listClaims(id))[0]).toMatchObject({ status: 'asked', since: '2026-11-22' }));
    await userEvent.click(screen.getByRole('link', { name: 'Droits' }));
    const asked = await screen.findByRole('region', { name: /Vous l'avez demandé/ });
    expect(within(asked).getByText('Demandé le 22 novembre 2026.')).toBeInTheDocument();
  });

  it('asks a few weeks later whether the request got an answer, and stops asking after "still waiting"', async () => {
    await setClaimStatus(id, 'be-integration-income', 'asked', '2026-10-01');
    await renderApp('/rights');
    const prompt = await screen.findByRole('region', { name: /Avez-vous reçu une réponse/ });
    await userEvent.click(within(prompt).getByRole('button', { name: "J'attends encore" }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: /Avez-vous reçu une réponse/ })).not.toBeInTheDocument());
    expect((await listClaims(id))[0]?.followUpAfter).toBe('2026-12-20');
  });

  it('puts a right in "already receive" after "yes, it was granted"', async () => {
    await setClaimStatus(id, 'be-integration-income', 'asked', '2026-10-01');
    await renderApp('/rights');
    await userEvent.click(await screen.findByRole('button', { name: "Oui, c'est accordé" }));
    expect(await screen.findByRole('region', { name: /Vous le recevez déjà/ })).toHaveTextContent("Revenu d'intégration");
  });

  it('says how many questions would settle a maybe', async () => {
    await resetDatabase();
    id = await createHousehold('Peu connu', aHousehold().inBrussels().build());
    await updateSettings({ activeHouseholdId: id });
    await renderApp('/rights');
    const maybe = await screen.findByRole('region', { name: /Peut-être/ });
    expect(within(maybe).getAllByText(/Encore \d+ questions? pour savoir|À vérifier avec le bureau/).length).toBeGreaterThan(0);
    expect(section(/Peut-être/)).toBeInTheDocument();
  });

  it('shows the first five maybes and the others on request', async () => {
    await resetDatabase();
    id = await createHousehold('Peu connu', aHousehold().inBrussels().build());
    await updateSettings({ activeHouseholdId: id });
    await renderApp('/rights');
    const maybe = await screen.findByRole('region', { name: /Peut-être/ });
    expect(within(maybe).getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(within(maybe).getByRole('button', { name: /Voir les \d+ autres/ }));
    expect(within(maybe).getAllByRole('listitem').length).toBeGreaterThan(5);
  });
});

afterEach(() => {
  vi.useRealTimers();
});
