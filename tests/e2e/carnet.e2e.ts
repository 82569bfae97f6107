// The carnet on a phone, in real Chromium: a person answers the questions for their household
// and sees their rights — online, offline, across a closed app, and across a reload.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { waitForServiceWorkerControl } from './support/service-worker';
import { answerAll, answerOne, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';

const builds = inject('builds');
let session: Session;
let server: AppServer | undefined;
let port: number;

beforeEach(async () => {
  port = await freePort();
  server = await serveBuild(builds.current, port);
  session = await launchBrowser({ viewport: { width: 360, height: 740 } });
});

afterEach(async () => {
  await session.close();
  await server?.close();
  server = undefined;
});

async function open(path = '/'): Promise<Page> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function expectProbableRight(page: Page, name: string): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/rights`);
  const group = page.getByRole('region', { name: /Vous y avez probablement droit/ });
  await group.getByRole('link', { name }).waitFor();
}

describe('the carnet on a phone', () => {
  it('takes a new person through the questions to the rights of their household', async () => {
    const page = await open('/');
    await firstRun(page, 'Amina');
    const asked = await answerAll(page, MOLENBEEK_MOTHER);
    expect(asked[0]).toBe('members');
    expect(asked).toContain('incomes:m1');
    await page.getByRole('link', { name: 'Voir mes droits' }).click();
    const probable = page.getByRole('region', { name: /Vous y avez probablement droit/ });
    await probable.getByRole('link', { name: "Revenu d'intégration" }).waitFor();
    await probable.getByRole('link', { name: 'Intervention majorée (BIM)' }).waitFor();
    await page.getByText(/par mois que vous pouvez encore demander/).waitFor();
  });

  it('goes on offline halfway and finishes the questions', async () => {
    const page = await open('/');
    await waitForServiceWorkerControl(page);
    await firstRun(page, 'Amina');
    for (let i = 0; i < 4; i += 1) await answerOne(page, MOLENBEEK_MOTHER);
    await session.context.setOffline(true);
    await server!.close();
    server = undefined;
    await answerAll(page, MOLENBEEK_MOTHER);
    await expectProbableRight(page, "Revenu d'intégration");
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('resumes at the same question after the app is closed and opened again', async () => {
    const page = await open('/');
    await firstRun(page, 'Amina');
    for (let i = 0; i < 3; i += 1) await answerOne(page, MOLENBEEK_MOTHER);
    const question = await page.getByRole('heading', { level: 1 }).textContent();
    await page.close();
    const again = await open('/');
    await again.getByRole('link', { name: 'Continuer' }).click();
    await again.getByRole('heading', { level: 1, name: question ?? '' }).waitFor();
  });

  it('keeps a right marked as asked, in "asked", after a reload', async () => {
    const page = await open('/');
    await firstRun(page, 'Amina');
    await answerAll(page, MOLENBEEK_MOTHER);
    await page.goto(`http://127.0.0.1:${port}/rights/be-integration-income`);
    await page.getByRole('radio', { name: 'Demandé', exact: true }).check();
    await page.getByLabel('Date de la demande').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: "Revenu d'intégration" }).waitFor();
    await page.getByRole('radio', { name: 'Demandé', exact: true, checked: true }).waitFor();
    await page.getByRole('link', { name: 'Droits', exact: true }).click();
    const asked = page.getByRole('region', { name: /Vous l'avez demandé/ });
    await asked.getByRole('link', { name: "Revenu d'intégration" }).waitFor();
  });
});
