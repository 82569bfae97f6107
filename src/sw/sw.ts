// Carnet's service worker: serves the precached app offline and waits, once a new version is
// installed, until the page says the person chose to update.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every address of the app (/rights, /help…) opens the app shell, online or not.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of the page at the first visit, so that it works offline right away. For an
// update this only happens after "Update" (skipWaiting), so it never surprises anyone.
clientsClaim();
