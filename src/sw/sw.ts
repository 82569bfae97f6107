// Carnet's service worker: serves the precached app offline, waits (once a new version is
// installed) until the page says the person chose to update, and shows reminders planned on
// the device — a tap opens the right they are about.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { planAndShowInBackground } from './background-notices';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** Chromium's periodic background sync (not yet in TypeScript's library). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every address of the app (/rights, /help…) opens the app shell, online or not.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = (event.notification.data as { url?: unknown } | null)?.url;
  const url = new URL(typeof path === 'string' && path.startsWith('/') ? path : '/notices', self.location.origin).href;
  event.waitUntil(
    (async () => {
      // An open Carnet is brought forward and taken to the right; otherwise a new window opens.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows[0];
      if (open) {
        await open.focus().catch(() => undefined);
        await open.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag === 'carnet-notices') event.waitUntil(planAndShowInBackground(self));
}) as EventListener);

// Take control of the page at the first visit, so that it works offline right away. For an
// update this only happens after "Update" (skipWaiting), so it never surprises anyone.
clientsClaim();
