import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../tests/unit/render-app';

beforeEach(resetDatabase);

describe('the app shell', () => {
  it('opens on the first-run welcome with the French navigation', async () => {
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Carnet' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Accueil',
      'Ménage',
      'Droits',
      'Messages',
      'Aide',
      'Réglages',
    ]);
  });

  it.each([
    ['Ménage', 'Mon ménage'],
    ['Droits', 'Mes droits'],
    ['Messages', 'Messages'],
    ['Aide', "Parler à quelqu'un"],
    ['Réglages', 'Réglages'],
  ])('goes to %s and announces the screen by focusing its title', async (link, title) => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Carnet' });
    await userEvent.click(screen.getByRole('link', { name: link }));
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    // The screen takes focus in an effect, just after it appears.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when an address does not exist', async () => {
    await renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
  });

  it('switches to Dutch without a reload and marks the page as Dutch', async () => {
    await renderApp('/settings');
    await userEvent.click(await screen.findByRole('radio', { name: /Nederlands/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('walks a new person through language, the promise about their data, and a nickname, then asks the first question', async () => {
    await renderApp('/');
    await userEvent.click(await screen.findByRole('radio', { name: /Français/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    const promise = await screen.findByRole('heading', { level: 1, name: 'Vos informations restent chez vous' });
    await waitFor(() => expect(promise).toHaveFocus());
    expect(screen.getByText(/Vos réponses restent sur ce téléphone/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'J’ai compris, continuer'.replace('’', "'") }));
    await userEvent.type(await screen.findByLabelText('Un prénom ou un surnom'), 'Famille Diallo');
    await userEvent.click(screen.getByRole('button', { name: 'Commencer les questions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Qui vit avec vous ?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Accueil' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Famille Diallo' })).toBeInTheDocument();
  });
});
