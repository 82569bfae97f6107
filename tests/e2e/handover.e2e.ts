// Talk to a human, in two real browsers: a citizen's phone and an office's tablet. The citizen
// shows a QR code locked with six digits; the volunteer photographs it (a screenshot of the
// citizen's page, decoded by the app itself), is refused with a wrong code, opens it with the
// right one, changes an answer, and hands the household back by QR code; the citizen takes it
// back; the volunteer ends the session and the tablet holds nothing of the citizen. The printed
// summary renders as a PDF in French and in Arabic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { answerOne, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';
import { switchLanguage } from './support/language';
import { dumpDatabase } from './support/indexeddb';

const builds = inject('builds');
const ARTEFACTS = new URL('../../test-results/', import.meta.url).pathname;
let server: AppServer;
let citizen: Session;
let office: Session;

beforeAll(async () => {
  server = await serveBuild(builds.current, await freePort());
  citizen = await launchBrowser();
  office = await launchBrowser({ viewport: { width: 820, height: 1180 } });
  mkdirSync(ARTEFACTS, { recursive: true });
});

afterAll(async () => {
  await citizen.close();
  await office.close();
  await server.close();
});

interface StoredHousehold {
  id: string;
  name: string;
  profile: { household: { postalCode?: string; members: unknown[] } };
  session?: unknown;
}

async function households(page: Page): Promise<StoredHousehold[]> {
  return (await dumpDatabase(page)).households as StoredHousehold[];
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The QR code on the page, as a photo would capture it. */
async function photographQr(page: Page): Promise<Buffer> {
  const qr = page.locator('svg.qr-code');
  await qr.waitFor();
  return qr.screenshot();
}

async function givePhoto(page: Page, photo: Buffer): Promise<void> {
  await page.locator('#qr-photo').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
}

describe('a citizen and a volunteer hand a household over', () => {
  it('goes citizen → volunteer → citizen intact, and leaves nothing on the office tablet', async () => {
    const phone = await citizen.context.newPage();
    await open(phone, '/');
    await firstRun(phone, 'Amina');
    for (let i = 0; i < 6; i += 1) await answerOne(phone, MOLENBEEK_MOTHER);
    const [mine] = await households(phone);
    expect(mine!.profile.household.postalCode).toBe('1080');

    // The citizen shows every section, locked with a code.
    await open(phone, '/share');
    // The heading comes before the household is read, and `all()` does not wait: list the boxes
    // only once the form is there, or a slow machine ticks none and the QR code has no code.
    const protect = phone.getByRole('checkbox', { name: /Protéger par un code/ });
    await protect.waitFor();
    for (const box of await phone.getByRole('checkbox').all()) if (!(await box.isChecked())) await box.check();
    expect(await protect.isChecked()).toBe(true);
    await phone.getByLabel('À qui ?').fill('Maison sociale');
    await phone.getByRole('button', { name: 'Montrer un code QR' }).click();
    const codeText = (await phone.locator('.qr-card__code').textContent()) ?? '';
    const code = codeText.replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);
    const shown = await photographQr(phone);

    // The office tablet, in volunteer mode: consent, then the citizen's code.
    const tablet = await office.context.newPage();
    await open(tablet, '/settings');
    // Saved first, then shown checked: a click, then the link it brings.
    await tablet.getByRole('checkbox', { name: /mode bénévole/ }).click();
    await tablet.getByRole('link', { name: 'Commencer une séance' }).click();
    await tablet.getByRole('button', { name: "La personne est d'accord" }).click();
    await tablet.getByRole('button', { name: 'La personne a Carnet : lire son code' }).click();
    await givePhoto(tablet, shown);
    const wrong = code === '000000' ? '111111' : '000000';
    await tablet.getByLabel('Code à 6 chiffres').fill(wrong);
    await tablet.getByRole('button', { name: 'Ouvrir' }).click();
    await tablet.getByText("Ce n'est pas le bon code. Vérifiez les 6 chiffres.").waitFor();
    expect((await households(tablet)).length).toBe(0);
    await tablet.getByLabel('Code à 6 chiffres').fill(code);
    await tablet.getByRole('button', { name: 'Ouvrir' }).click();
    await tablet.waitForURL(/\/questions/);
    const [received] = await households(tablet);
    expect(received!.session).toBeDefined();
    expect(received!.profile).toEqual(mine!.profile);

    // The volunteer corrects the postal code with the citizen.
    await open(tablet, '/household');
    const postalCode = tablet.getByLabel('Code postal', { exact: true });
    await postalCode.fill('1000');
    await postalCode.press('Tab');
    await expect.poll(async () => (await households(tablet))[0]?.profile.household.postalCode).toBe('1000');

    // The result goes back by QR code, without a code this time.
    await open(tablet, '/volunteer');
    await tablet.getByRole('button', { name: 'Terminer la séance' }).click();
    const handedBack = await photographQr(tablet);
    await open(phone, '/receive');
    await givePhoto(phone, handedBack);
    await phone.getByRole('button', { name: 'Remplacer mon ménage « Amina »' }).click();
    await phone.waitForURL(/\/rights/);
    const [back] = await households(phone);
    expect(back!.id).toBe(mine!.id);
    expect(back!.profile).toEqual({ ...mine!.profile, household: { ...mine!.profile.household, postalCode: '1000' } });

    // The citizen's log says what was shown, when and to whom.
    await open(phone, '/share');
    await phone.getByText(/Maison sociale — code QR/).waitFor();

    // The volunteer ends the session: nothing of the citizen is left on the tablet.
    const sessionId = received!.id;
    await open(tablet, '/volunteer');
    await tablet.getByRole('button', { name: 'Terminer la séance' }).click();
    await tablet.getByRole('button', { name: 'Tout effacer maintenant' }).click();
    await tablet.getByText("Séance terminée. Rien de cette personne n'est resté sur l'appareil.").waitFor();
    const left = JSON.stringify(await dumpDatabase(tablet));
    expect(left).not.toContain(sessionId);
    expect(left).not.toContain('1080');
    expect((await dumpDatabase(tablet)).households).toEqual([]);
    expect(left).toContain('volunteerMode');
  });

  it('prints the summary as one page in French and in Arabic', async () => {
    const phone = citizen.context.pages()[0] ?? (await citizen.context.newPage());
    // French beside Dutch (for a Flemish office), Arabic beside French (Brussels' default).
    for (const [language, officeLanguage] of [
      ['fr', 'nl'],
      ['ar', 'fr'],
    ] as const) {
      if (language === 'ar') await switchLanguage(phone, server.url, 'ar', /العربية/);
      await open(phone, '/share');
      await phone.locator('#office-language').selectOption(officeLanguage);
      await phone.locator(`.print-summary__column[lang="${officeLanguage}"]`).waitFor();
      await phone.emulateMedia({ media: 'print' });
      const visible = await phone.evaluate(() => ({
        summary: getComputedStyle(document.querySelector('.print-summary')!).visibility,
        form: getComputedStyle(document.querySelector('main form')!).visibility,
        columns: [...document.querySelectorAll('.print-summary__column')].map((column) => column.getAttribute('lang')),
      }));
      expect(visible).toEqual({ summary: 'visible', form: 'hidden', columns: [language, officeLanguage] });
      const pdf = await phone.pdf({ format: 'A4', printBackground: false });
      await phone.emulateMedia({ media: 'screen' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      writeFileSync(`${ARTEFACTS}summary-${language}.pdf`, pdf);
    }
  });
});
