// The app as installed on a phone: service worker, offline start, update, installability.
// Real Chromium against the built app served by `vite preview`.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { precachedUrls, waitForServiceWorkerControl } from './support/service-worker';
import { firstRun } from './support/answer-bot';

const builds = inject('builds');
let session: Session;
let server: AppServer | undefined;
let port: number;

beforeEach(async () => {
  port = await freePort();
  server = await serveBuild(builds.current, port);
  session = await launchBrowser();
});

afterEach(async () => {
  await session.close();
  await server?.close();
  server = undefined;
});

async function openApp(path = '/'): Promise<Page> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(`${server!.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function startHousehold(page: Page, name: string, postalCode: string): Promise<void> {
  await firstRun(page, name);
  await page.getByRole('link', { name: 'Ménage' }).click();
  const postal = page.getByLabel('Code postal', { exact: true });
  await postal.fill(postalCode);
  await postal.press('Enter');
  await page.getByText(/^Région :/).waitFor();
}

describe('Carnet as an installed web app', () => {
  it('lets the service worker take control at the first visit and precaches every screen and language', async () => {
    const page = await openApp('/');
    const script = await waitForServiceWorkerControl(page);
    expect(new URL(script).pathname).toBe('/sw.js');

    const sw = await (await fetch(`${server!.url}/sw.js`)).text();
    const listed = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => `/${m[1]}`);
    await expect.poll(async () => (await precachedUrls(page)).length, { timeout: 10_000 }).toBe(listed.length);
    const cached = await precachedUrls(page);
    for (const url of listed) expect(cached.some((c) => c === url || c.startsWith(`${url}?`)), url).toBe(true);
    // Every locale file and every lazily loaded screen is there for offline use.
    expect(listed.filter((url) => /\/assets\/(common|household|settings)-/.test(url)).length).toBeGreaterThanOrEqual(6);
    expect(listed.some((url) => url.includes('household-screen'))).toBe(true);
  });

  it('starts offline with the household saved before, even with the server gone', async () => {
    const page = await openApp('/');
    await waitForServiceWorkerControl(page);
    await startHousehold(page, 'Famille Diallo', '4000');

    await session.context.setOffline(true);
    // setOffline does not cover the service worker's own fetches: stop the server as well.
    await server!.close();
    server = undefined;

    const response = await page.goto(`http://127.0.0.1:${port}/`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole('heading', { level: 2, name: 'Famille Diallo' }).waitFor();

    await page.getByRole('link', { name: 'Ménage' }).click();
    await expect.poll(() => page.getByLabel('Code postal', { exact: true }).inputValue()).toBe('4000');

    // A deep link opens offline too (the worker answers every address with the app shell).
    const deep = await page.goto(`http://127.0.0.1:${port}/settings`);
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
  });

  it('shows the update banner when a new version is deployed, and keeps the data and a half-typed answer', async () => {
    const page = await openApp('/');
    await waitForServiceWorkerControl(page);
    await startHousehold(page, 'Mme Peeters', '9000');
    await page.getByLabel('Nom du ménage').fill('Mme Peeters-Jans');

    // Deploy the next version on the same address while the page stays open.
    await server!.close();
    server = await serveBuild(builds.next, port);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page.getByText('Une nouvelle version de Carnet est prête', { exact: false });
    await banner.waitFor({ timeout: 15_000 });
    // Nothing reloaded by itself: the half-typed name is still in the field.
    expect(await page.getByLabel('Nom du ménage').inputValue()).toBe('Mme Peeters-Jans');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Mettre à jour' }).click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Nom du ménage').inputValue()).toBe('Mme Peeters-Jans');
    expect(await page.getByLabel('Code postal', { exact: true }).inputValue()).toBe('9000');

    await page.getByRole('link', { name: 'Réglages' }).click();
    await page.getByText('Version e2e-next').waitFor();
  });

  it('has a valid manifest and passes Chromium\'s installability check', async () => {
    const page = await openApp('/');
    await waitForServiceWorkerControl(page);
    const cdp = await session.context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string; url: string };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown> & {
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(data).toMatchObject({
      name: 'Carnet — mes droits sociaux',
      short_name: 'Carnet',
      display: 'standalone',
      start_url: '/',
      scope: '/',
      lang: 'fr',
      theme_color: '#0a5c7a',
      background_color: '#ffffff',
    });
    expect(String(data.description).length).toBeGreaterThan(20);
    expect(data.icons.map((icon) => `${icon.sizes}:${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']),
    );
    for (const icon of data.icons) {
      expect((await fetch(new URL(icon.src, manifest.url))).status, icon.src).toBe(200);
    }
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors)
      .toEqual([]);
  });
});
