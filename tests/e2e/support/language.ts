// Switching the language in Settings (with one household), and waiting until it is saved: the
// page speaks the new language at once, but a reload right after would start from what
// IndexedDB holds.
import type { Page } from 'playwright-core';
import { dumpDatabase } from './indexeddb';

async function savedLanguages(page: Page): Promise<string[]> {
  const dump = await dumpDatabase(page);
  const device = (dump.settings as { key: string; value?: { language?: string } }[] | undefined)?.find((row) => row.key === 'device');
  // Saved for the device and for the household in use (each household keeps its own).
  return [device?.value?.language ?? '', ...((dump.households ?? []) as { language?: string }[]).map((household) => household.language ?? '')];
}

export async function switchLanguage(page: Page, base: string, code: string, nativeName: RegExp): Promise<void> {
  await page.goto(`${base}/settings`);
  await page.getByRole('radio', { name: nativeName }).click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, code);
  // A plain loop, not expect.poll: this also runs in beforeAll hooks, outside any test.
  for (let waited = 0; !(await savedLanguages(page)).every((language) => language === code); waited += 100) {
    if (waited > 10_000) throw new Error(`the language ${code} was not saved within 10 s`);
    await page.waitForTimeout(100);
  }
}
