import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';
import { createHousehold, getHousehold, listAnswers, updateSettings } from '../../storage';
import { aHousehold } from '../../domain/testing/household-builder';

let id: string;

async function start(profile = aHousehold().build()) {
  await resetDatabase();
  id = await createHousehold('Test', profile);
  await updateSettings({ activeHouseholdId: id });
}

describe('the questions', () => {
  beforeEach(() => start());

  it('asks who lives in the household first, and saves each person added at once', async () => {
    await renderApp('/questions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Qui vit avec vous ?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '+ Enfant' }));
    expect(await screen.findByText('votre enfant')).toBeInTheDocument();
    expect((await getHousehold(id))?.profile.household.members.map((m) => m.relation)).toEqual(['self', 'child']);
    await userEvent.click(screen.getByRole('button', { name: "C'est tout le monde" }));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Qui vit avec vous ?' });
    expect((await listAnswers(id)).map((a) => a.questionId)).toEqual(['members']);
  });

  it('saves a postal code, goes on, and lets the person go back and see it again', async () => {
    await renderApp('/questions/postal-code');
    await userEvent.type(await screen.findByLabelText('Code postal'), '4000');
    expect(screen.getByText('Région : Wallonie')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Quel est votre code postal ?' });
    expect((await getHousehold(id))?.profile.household.postalCode).toBe('4000');
    await userEvent.click(screen.getByRole('link', { name: '← Question précédente' }));
    expect(await screen.findByLabelText('Code postal')).toHaveValue('4000');
  });

  it('explains a postal code that is not Belgian and does not save it', async () => {
    await renderApp('/questions/postal-code');
    await userEvent.type(await screen.findByLabelText('Code postal'), '123');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('4 chiffres');
    expect((await getHousehold(id))?.profile.household.postalCode).toBeUndefined();
  });

  it('leaves the answer unknown on "I do not know" and does not ask it again', async () => {
    await renderApp('/questions/postal-code');
    await userEvent.click(await screen.findByRole('button', { name: 'Je ne sais pas' }));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Quel est votre code postal ?' });
    expect(await listAnswers(id)).toEqual([expect.objectContaining({ questionId: 'postal-code', state: 'unknown' })]);
    expect((await getHousehold(id))?.profile.household.postalCode).toBeUndefined();
  });

  it('records the monthly incomes ticked, with their amounts and whether they are net', async () => {
    await renderApp('/questions/incomes:m1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quels revenus recevez-vous chaque mois ?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Quels revenus recevez-vous chaque mois ?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pension' }));
    await userEvent.type(screen.getByLabelText('Pension : montant par mois (€)'), '1 050,50');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByRole('heading', { level: 1, name: (name) => !name.startsWith('Quels revenus') });
    expect((await getHousehold(id))?.profile.household.members[0]?.incomes).toEqual([{ kind: 'pension', monthly: 1050.5, basis: 'net' }]);
  });

  it('says "no income" with one tap, which is not the same as not answering', async () => {
    await renderApp('/questions/incomes:m1');
    await userEvent.click(await screen.findByRole('button', { name: 'Aucun revenu' }));
    await screen.findByRole('heading', { level: 1, name: (name) => !name.startsWith('Quels revenus') });
    expect((await getHousehold(id))?.profile.household.members[0]?.incomes).toEqual([]);
  });

  it('asks for a birth date as day, month and year with the number keyboard', async () => {
    await renderApp('/questions/birth-date:m1');
    const group = await screen.findByRole('group', { name: 'Date de naissance' });
    for (const box of within(group).getAllByRole('textbox')) expect(box).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(within(group).getByLabelText('Jour'), '31');
    await userEvent.type(within(group).getByLabelText('Mois'), '2');
    await userEvent.type(within(group).getByLabelText('Année'), '1980');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Cette date n'est pas possible");
    await userEvent.clear(within(group).getByLabelText('Jour'));
    await userEvent.type(within(group).getByLabelText('Jour'), '28');
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Quelle est votre date de naissance ?' });
    expect((await getHousehold(id))?.profile.household.members[0]?.birthDate).toBe('1980-02-28');
  });

  it('shows the rights found so far on every question', async () => {
    await start(aHousehold().inWallonia().belgian().aged(40).earning(['integration-income', 1314.2]).build());
    await renderApp('/questions/heating');
    expect(await screen.findByRole('link', { name: /Déjà \d+ aides? possibles? pour vous/ })).toHaveAttribute('href', '/rights');
  });

  it('thanks the person when nothing is left to ask', async () => {
    await start(aHousehold().build());
    await renderApp('/questions');
    // Answer every question with "I don't know" until the end.
    for (let i = 0; i < 80; i += 1) {
      const action = await waitFor(() => {
        const done = screen.queryByRole('heading', { level: 1, name: "Merci, c'est fini" });
        const button = screen.queryByRole('button', { name: 'Je ne sais pas' }) ?? screen.queryByRole('button', { name: "C'est tout le monde" });
        if (!done && !button) throw new Error('still loading');
        return done ? 'done' : button!;
      }, { timeout: 5000 });
      if (action === 'done') break;
      const title = screen.getByRole('heading', { level: 1 }).textContent;
      await userEvent.click(action);
      // Generous: the next question waits for the engine, slower when the machine is busy.
      await screen.findByRole('heading', { level: 1, name: (name) => name !== title }, { timeout: 5000 });
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Merci, c'est fini");
    expect(screen.getByRole('link', { name: 'Voir mes droits' })).toBeInTheDocument();
  }, 30_000);
});
