// Switching the language in Settings (with one household), and waiting until it is saved: the
// page speaks the new language at once, but a reload right after would start from what
// IndexedDB holds.
import { expect } from 'vitest';
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
  await expect.poll(async () => (await savedLanguages(page)).every((language) => language === code), { timeout: 10_000 }).toBe(true);
}
