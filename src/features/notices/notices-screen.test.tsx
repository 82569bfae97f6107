import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetDatabase } from '../../../tests/unit/render-app';

beforeEach(resetDatabase);

describe('notices', () => {
  it('says plainly that there is nothing yet, and what will come', async () => {
    await renderApp('/notices');
    expect(await screen.findByText(/Pas de message pour le moment/)).toBeInTheDocument();
  });
});
