// Waiting for the service worker without hanging: page.waitForFunction does not await a
// promise, so the wait is an evaluate raced against a timeout.
import type { Page } from 'playwright-core';

export async function waitForServiceWorkerControl(page: Page, timeoutMs = 15_000): Promise<string> {
  return page.evaluate(async (timeout) => {
    const deadline = Date.now() + timeout;
    await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker became ready')), timeout)),
    ]);
    while (!navigator.serviceWorker.controller) {
      if (Date.now() > deadline) throw new Error('the service worker never took control of the page');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return navigator.serviceWorker.controller.scriptURL;
  }, timeoutMs);
}

/** Entries the service worker precached, read from Cache Storage. */
export async function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
}
