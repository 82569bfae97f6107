import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetDatabase } from '../../tests/unit/render-app';
import { createEmptyHousehold, listHouseholdSummaries, updateSettings } from '../storage/shell';
import { startLanguage } from './household-language';

beforeEach(resetDatabase);

describe('the language of each household', () => {
  it('starts in the language of the household in use, else the device’s, never in one Carnet lacks', () => {
    const households = [{ id: 'a', language: 'nl' }, { id: 'b' }];
    expect(startLanguage({ activeHouseholdId: 'a', language: 'fr' }, households)).toBe('nl');
    expect(startLanguage({ activeHouseholdId: 'b', language: 'fr' }, households)).toBe('fr');
    expect(startLanguage({}, [{ id: 'c', language: 'xx' }])).toBeUndefined();
  });

  it('switches to a household’s own language when it is opened on a shared tablet', async () => {
    const french = await createEmptyHousehold('Famille Diallo', 'fr');
    await createEmptyHousehold('Familie Peeters', 'nl');
    await updateSettings({ activeHouseholdId: french });
    await renderApp('/', 'fr');
    const switcher = await screen.findByRole('combobox', { name: 'Ménage' });
    await userEvent.selectOptions(switcher, 'Familie Peeters');
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox'), 'Famille Diallo');
    expect(await screen.findByRole('navigation', { name: 'Menu principal' })).toBeInTheDocument();
  });

  it('remembers a language picked in settings for the household in use', async () => {
    const id = await createEmptyHousehold('Famille Diallo', 'fr');
    await updateSettings({ activeHouseholdId: id });
    await renderApp('/settings', 'fr');
    await userEvent.click(await screen.findByRole('radio', { name: /Nederlands/ }));
    await screen.findByRole('heading', { level: 1, name: 'Instellingen' });
    await vi.waitFor(async () => {
      const { households } = await listHouseholdSummaries();
      expect(households.find((household) => household.id === id)?.language).toBe('nl');
    });
  });
});
