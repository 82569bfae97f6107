// Putting a PIN on the carnet through Settings, as a person would (in French).
import type { Page } from 'playwright-core';

export async function protectWithPin(page: Page, base: string, pin: string): Promise<void> {
  await page.goto(`${base}/settings`);
  await page.getByLabel('Nouveau code').fill(pin);
  await page.getByLabel('Le même code encore une fois').fill(pin);
  await page.getByRole('button', { name: 'Protéger mon carnet' }).click();
  await page.getByText('Votre carnet est protégé par votre code.').waitFor();
}
