// Trust, in the real browser: a whole session talks to no origin but the app's own and breaks
// no rule of its Content Security Policy; a name carrying markup is shown as text, never run.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inFreshBrowser, launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { answerAll, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';
import { dumpDatabase } from './support/indexeddb';
import { protectWithPin } from './support/lock';
import { waitForServiceWorkerControl } from './support/service-worker';

const builds = inject('builds');
let server: AppServer;
let session: Session;

beforeAll(async () => {
  server = await serveBuild(builds.current, await freePort());
  session = await launchBrowser();
});

afterAll(async () => {
  await session.close();
  await server.close();
});

declare global {
  interface Window {
    __violations?: string[];
    __pwned?: number;
  }
}

/** Records every request the page makes and every CSP violation it reports. */
async function watched(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations!.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return requests;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** A fresh browser's new page, through the first run with a household called `name`. */
async function newCarnet(fresh: Session, name: string): Promise<Page> {
  const page = await fresh.context.newPage();
  await open(page, '/');
  await firstRun(page, name);
  return page;
}

describe('no third party', () => {
  it('a whole session requests nothing from another origin and breaks no rule of the security policy', async () => {
    const page = await session.context.newPage();
    const requests = await watched(page);
    await open(page, '/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await firstRun(page, 'Amina');
    await answerAll(page, MOLENBEEK_MOTHER);
    for (const path of ['/rights', '/rights/be-integration-income', '/notices', '/help', '/household', '/receive', '/settings']) await open(page, path);
    await open(page, '/share?right=be-bim');
    await page.getByRole('button', { name: 'Montrer un code QR' }).click();
    await page.locator('svg.qr-code').waitFor();
    const origin = new URL(server.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
});

describe('hostile names', () => {
  it.each([
    ['<img src=x onerror="window.__pwned=1">'],
    ['<script>window.__pwned=2</script>'],
  ])('shows %s as text and never runs it', async (name) => {
    await inFreshBrowser(async (fresh) => {
      const page = await newCarnet(fresh, 'Amina');
      await open(page, '/household');
      const field = page.getByLabel('Nom du ménage');
      await field.fill(name);
      await field.press('Tab');
      // Saved before leaving the page, however slow the machine.
      await expect.poll(async () => ((await dumpDatabase(page)).households as { name: string }[])[0]?.name).toBe(name);
      await open(page, '/');
      await page.getByText(name).first().waitFor();
      expect(await page.locator('main img, main script').count()).toBe(0);
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    });
  });
});

describe('delete everything', () => {
  it('leaves no database, no data cache and no waiting reminder, and Carnet starts as new', async () => {
    await inFreshBrowser(async (fresh) => {
      const page = await newCarnet(fresh, 'Amina');
      await open(page, '/settings');
      await page.evaluate(async () => {
        const cache = await caches.open('carnet-test-data');
        await cache.put('/some-user-data', new Response('Amina'));
        localStorage.setItem('carnet-test', 'Amina');
      });
      await page.getByRole('button', { name: 'Tout effacer sur cet appareil' }).click();
      await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
      await page.waitForURL(`${server.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const dump = await dumpDatabase(page);
      const left = {
        // Device settings come back when Carnet starts again (the language chosen): nobody's data.
        rows: Object.entries(dump).filter(([name, rows]) => rows.length > 0 && name !== 'settings'),
        ...(await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache')),
            notifications: ((await registration?.getNotifications()) ?? []).length,
            localStorage: localStorage.length,
          };
        })),
      };
      expect(left).toEqual({ rows: [], caches: [], notifications: 0, localStorage: 0 });
      // The first run again: the language to choose, as on a new phone.
      await page.getByRole('radio', { name: /Français/ }).waitFor();
    });
  });
});

describe('the PIN lock', () => {
  it('seals a household so that IndexedDB holds none of it in plain text, and opens it again, offline, only with the PIN', async () => {
    await inFreshBrowser(async (fresh) => {
      const page = await newCarnet(fresh, 'Amina Benali');
      await answerAll(page, MOLENBEEK_MOTHER);
      // Her answers, as IndexedDB holds them before the lock: the name, the postal code, the rent.
      const secrets = ['Amina Benali', '"postalCode":"1080"', '"birthDate":"1997-05-20"', '"incomes"', 'single-parent'];
      const before = JSON.stringify(await dumpDatabase(page));
      for (const secret of secrets) expect(before).toContain(secret);

      await protectWithPin(page, server.url, '482913');
      await open(page, '/rights');
      await open(page, '/household');

      const sealed = JSON.stringify(await dumpDatabase(page));
      for (const secret of secrets) expect(sealed).not.toContain(secret);
      expect(sealed).not.toContain('482913');

      // A reload forgets the key: the lock screen, and nothing of Amina on it — offline too, as
      // in a community room without Wi-Fi (the lock screen and its crypto come from the precache).
      await waitForServiceWorkerControl(page);
      await fresh.context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'Carnet est verrouillé' }).waitFor();
      expect(await page.locator('body').textContent()).not.toContain('Amina');
      await page.getByLabel('Code PIN').fill('111111');
      await page.getByRole('button', { name: 'Ouvrir' }).click();
      await page.getByText("Ce n'est pas le bon code.").waitFor();
      await page.getByLabel('Code PIN').fill('482913');
      await page.getByRole('button', { name: 'Ouvrir' }).click();
      // Back where she was (her household's page), then home, without reloading (which would lock).
      await page.getByRole('heading', { level: 1, name: 'Mon ménage' }).waitFor();
      await page.getByRole('link', { name: 'Accueil' }).click();
      await page.getByText('Amina Benali').first().waitFor();

      // "Lock now" from the settings closes it again at once.
      await page.getByRole('link', { name: 'Réglages' }).click();
      await page.getByRole('button', { name: 'Verrouiller maintenant' }).click();
      await page.getByRole('heading', { name: 'Carnet est verrouillé' }).waitFor();
      const after = JSON.stringify(await dumpDatabase(page));
      for (const secret of secrets) expect(after).not.toContain(secret);
    });
  });
});
