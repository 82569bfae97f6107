// Switching the language in Settings (with one household), and waiting until it is saved: the page speaks the new
// language at once, but a reload right after would start from what IndexedDB holds.
import type { Page } from 'playwright-core';

export async function switchLanguage(page: Page, base: string, code: string, nativeName: RegExp): Promise<void> {
  await page.goto(`${base}/settings`);
  await page.getByRole('radio', { name: nativeName }).click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, code);
  await page.waitForFunction(
    (expected) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('carnet');
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const database = request.result;
          // Saved for the device and for the household in use (each household keeps its own).
          const transaction = database.transaction(['settings', 'households']);
          const settings = transaction.objectStore('settings').get('device');
          const households = transaction.objectStore('households').getAll();
          transaction.oncomplete = () => {
            database.close();
            const device = (settings.result as { value?: { language?: string } } | undefined)?.value?.language;
            resolve(device === expected && (households.result as { language?: string }[]).every((household) => household.language === expected));
          };
          transaction.onerror = () => resolve(false);
        };
      }),
    code,
    { polling: 100 },
  );
}
