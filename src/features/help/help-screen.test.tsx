import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, listHelpPoints, updateSettings } from '../../storage';
import { aHousehold } from '../../domain/testing/household-builder';

beforeEach(resetDatabase);

describe('talk to someone', () => {
  it('lists the lines of the household’s region first, each one a call away', async () => {
    const id = await createHousehold('Test', aHousehold().inFlanders().build());
    await updateSettings({ activeHouseholdId: id });
    await renderApp('/help');
    await waitFor(() => {
      const lines = within(screen.getByRole('main')).getAllByRole('link', { name: /Appeler/ });
      expect(lines.map((link) => link.getAttribute('href'))).toEqual(['tel:1700', 'tel:106', 'tel:080012033']);
    });
    expect(screen.getByRole('heading', { name: 'Le CPAS de votre commune' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trouver le CPAS sur une carte' }).getAttribute('href')).toMatch(/^geo:0,0\?q=OCMW%20\d{4}$/);
    expect(screen.getByRole('heading', { name: 'Des dettes ?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Un problème avec la loi ?' })).toBeInTheDocument();
  });

  it('lists every line while the region is not known, and says why', async () => {
    await renderApp('/help');
    expect(await screen.findByText(/Écrivez votre code postal/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: /Appeler/ }).length).toBeGreaterThan(5);
  });

  it('lets an office add its own help point, says what is wrong, and shows it first with a call, an SMS and the way there', async () => {
    await renderApp('/help');
    const points = await screen.findByRole('region', { name: "Points d'aide de votre quartier" });
    await userEvent.click(within(points).getByRole('button', { name: "Ajouter notre point d'aide" }));
    await userEvent.type(within(points).getByLabelText('Nom'), 'Café social Le Pont');
    await userEvent.type(within(points).getByLabelText('Adresse'), 'Rue Haute 10, 4000 Liège');
    await userEvent.type(within(points).getByLabelText('Téléphone'), 'au guichet');
    await userEvent.type(within(points).getByLabelText('Langues parlées'), 'fr, tr');
    await userEvent.click(within(points).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(points).findByText('Écrivez seulement des chiffres, des espaces et un + au début.')).toBeInTheDocument();
    expect(await listHelpPoints()).toEqual([]);

    await userEvent.clear(within(points).getByLabelText('Téléphone'));
    await userEvent.type(within(points).getByLabelText('Téléphone'), '04 222 33 44');
    await userEvent.click(within(points).getByRole('button', { name: 'Enregistrer' }));
    const card = await within(points).findByRole('heading', { name: 'Café social Le Pont' });
    const box = card.parentElement!;
    expect(within(box).getByText('On y parle : Français et Türkçe')).toBeInTheDocument();
    expect(within(box).getByRole('link', { name: /Appeler/ })).toHaveAttribute('href', 'tel:042223344');
    expect(within(box).getByRole('link', { name: 'SMS' })).toHaveAttribute('href', 'sms:042223344');
    expect(within(box).getByRole('link', { name: 'Itinéraire' }).getAttribute('href')).toMatch(/^geo:0,0\?q=Rue%20Haute/);

    await userEvent.click(within(box).getByText('Modifier', { selector: 'summary' }));
    await userEvent.click(within(box).getByRole('button', { name: "Partager ce point d'aide" }));
    expect(await within(box).findByRole('img', { name: "Partager ce point d'aide" })).toBeInTheDocument();
  });
});
