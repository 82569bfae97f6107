// "Delete everything": the database, any cache that is not the app itself, reminders waiting
// on the phone, and what the browser keeps per site for us. Afterwards Carnet starts as new.
import Dexie from 'dexie';
import { db, DATABASE_NAME } from './db';

export async function deleteEverything(): Promise<void> {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  if ('caches' in globalThis) {
    // Workbox's precache is the app's own code, not anyone's data: it stays, so Carnet still
    // opens offline after the wipe.
    for (const name of await caches.keys()) if (!name.startsWith('workbox-precache')) await caches.delete(name);
  }
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  for (const notification of (await registration?.getNotifications().catch(() => [])) ?? []) notification.close();
  // This module is also compiled for the service worker, which has no web storage.
  const web = globalThis as { localStorage?: { clear(): void }; sessionStorage?: { clear(): void } };
  web.localStorage?.clear();
  web.sessionStorage?.clear();
}
