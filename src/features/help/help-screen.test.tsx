import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, updateSettings } from '../../storage';
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
  });

  it('lists every line while the region is not known, and says why', async () => {
    await renderApp('/help');
    expect(await screen.findByText(/Écrivez votre code postal/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: /Appeler/ }).length).toBeGreaterThan(5);
  });
});
