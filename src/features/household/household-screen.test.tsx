import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createEmptyHousehold, updateSettings } from '../../storage/shell';
import { getHousehold } from '../../storage';

let id: string;

beforeEach(async () => {
  await resetDatabase();
  id = await createEmptyHousehold('Famille Diallo');
  await updateSettings({ activeHouseholdId: id });
});

describe('my household', () => {
  it('saves a postal code when the person leaves the field, and names the region', async () => {
    await renderApp('/household');
    const field = await screen.findByLabelText('Code postal');
    await userEvent.type(field, '4000');
    await userEvent.tab();
    expect(await screen.findByText('Région : Wallonie')).toBeInTheDocument();
    expect((await getHousehold(id))?.profile.household.postalCode).toBe('4000');
  });

  it('explains a wrong postal code and keeps the saved one', async () => {
    await renderApp('/household');
    const field = await screen.findByLabelText('Code postal');
    await userEvent.type(field, '1000{Enter}');
    await screen.findByText('Région : Bruxelles');
    await userEvent.clear(field);
    await userEvent.type(field, '999{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Écrivez les 4 chiffres');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await getHousehold(id))?.profile.household.postalCode).toBe('1000');
  });

  it('brings back a half-typed answer after the screen is closed and opened again', async () => {
    const first = await renderApp('/household');
    await userEvent.type(await screen.findByLabelText('Code postal'), '13');
    first.unmount();
    await renderApp('/household');
    expect(await screen.findByDisplayValue('13')).toBeInTheDocument();
  });

  it('adds a child with a birth date and removes them after confirmation', async () => {
    await renderApp('/household');
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un enfant' }));
    const card = (await screen.findByRole('heading', { name: 'Personne 2' })).closest('.card') as HTMLElement;
    const birth = within(card).getByLabelText('Date de naissance');
    await userEvent.type(birth, '2019-09-01');
    await expectEventually(async () => (await getHousehold(id))?.profile.household.members[1]?.birthDate === '2019-09-01');

    await userEvent.click(within(card).getByRole('button', { name: 'Retirer cette personne' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Oui, retirer' }));
    await expectEventually(async () => (await getHousehold(id))?.profile.household.members.length === 1);
  });

  it('refuses a birth date in the future', async () => {
    await renderApp('/household');
    const birth = await screen.findByLabelText('Date de naissance');
    await userEvent.type(birth, '2999-01-01');
    expect(await screen.findByRole('alert')).toHaveTextContent("Cette date n'est pas possible");
    expect((await getHousehold(id))?.profile.household.members[0]?.birthDate).toBeUndefined();
  });
});

async function expectEventually(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition never became true');
}
