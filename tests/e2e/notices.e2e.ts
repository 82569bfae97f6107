// Reminders on the phone, in real Chromium: permission granted through the browser context, a
// system notification shown by the service worker, and a tap on it opens the right.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { waitForServiceWorkerControl } from './support/service-worker';
import { answerAll, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';

const builds = inject('builds');
let session: Session;
let server: AppServer;

beforeEach(async () => {
  server = await serveBuild(builds.current, await freePort());
  session = await launchBrowser();
  await session.context.grantPermissions(['notifications'], { origin: server.url });
});

afterEach(async () => {
  await session.close();
  await server.close();
});

describe('reminders on the phone', () => {
  it('shows a reminder through the service worker once turned on, and a tap opens the right', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForServiceWorkerControl(page);
    await firstRun(page, 'Amina');
    await answerAll(page, MOLENBEEK_MOTHER);

    await page.getByRole('link', { name: /Messages/ }).click();
    await page.getByRole('button', { name: 'Activer les rappels' }).click();
    await page.getByText('Les rappels sont activés sur ce téléphone.').waitFor();

    const shown = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      for (let i = 0; i < 50; i += 1) {
        const notifications = await registration.getNotifications();
        // Wait for the most valuable one: they are shown one after the other.
        if (notifications.some((n) => (n.data as { url: string }).url === '/rights/be-integration-income')) {
          return notifications.map((n) => ({ title: n.title, body: n.body, url: (n.data as { url: string }).url }));
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    });
    expect(shown.length).toBeGreaterThan(0);
    const ris = shown.find((n) => n.url === '/rights/be-integration-income');
    expect(ris?.title).toMatch(/Revenu d'intégration$/);
    expect(ris?.body).toMatch(/environ 1\s776,07\s€ par mois/);

    // The tap, as the phone delivers it to the service worker.
    const [worker] = session.context.serviceWorkers();
    expect(worker).toBeDefined();
    await worker!.evaluate(async () => {
      // Runs inside the service worker, whose types this (Node-side) file does not load.
      const scope = globalThis as unknown as {
        registration: ServiceWorkerRegistration;
        dispatchEvent: (event: Event) => boolean;
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      };
      const notifications = await scope.registration.getNotifications();
      const notification = notifications.find((n: Notification) => (n.data as { url: string }).url === '/rights/be-integration-income');
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification: notification! }));
    });
    await page.waitForURL(/\/rights\/be-integration-income$/);
    await page.getByRole('heading', { level: 1, name: "Revenu d'intégration" }).waitFor();

    // Shown once: opening the app again does not bring back the reminder just tapped.
    await page.goto(`${server.url}/`);
    await page.waitForTimeout(2500);
    const again = await page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => (n.data as { url: string }).url),
    );
    expect(again).not.toContain('/rights/be-integration-income');
    expect(new Set(again).size).toBe(again.length);
  });
});
