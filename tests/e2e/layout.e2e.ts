// Every screen of the carnet fits the phone: from 320 to 430 px wide, in portrait and landscape,
// with the text at 200 %, in light and dark mode — nothing scrolls sideways.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inFreshBrowser, launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { answerOne, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';
import { protectWithPin } from './support/lock';

const builds = inject('builds');
let session: Session;
let server: AppServer;
let base: string;

const SCREENS = ['/', '/household', '/questions', '/questions/incomes:m1', '/rights', '/rights/be-integration-income', '/notices', '/help', '/share', '/receive', '/volunteer', '/settings'];
const VIEWPORTS = [
  { name: '320 px portrait', width: 320, height: 640 },
  { name: '430 px portrait', width: 430, height: 932 },
  { name: 'landscape', width: 740, height: 360 },
];

beforeAll(async () => {
  server = await serveBuild(builds.current, await freePort());
  base = server.url;
  session = await launchBrowser();
  const page = await session.context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await firstRun(page, 'Famille avec un nom assez long pour déborder');
  for (let i = 0; i < 6; i += 1) await answerOne(page, MOLENBEEK_MOTHER);
});

afterAll(async () => {
  await session.close();
  await server.close();
});

async function overflow(page: Page, path: string): Promise<number> {
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(150);
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each(VIEWPORTS)('at $name', (viewport) => {
  it.each([
    ['text at 100 %, light', '100%', 'light'],
    ['text at 200 %, dark', '200%', 'dark'],
  ] as const)('no screen scrolls sideways (%s)', async (_, size, scheme) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.emulateMedia({ colorScheme: scheme });
    // Users enlarge text in their settings; the app sizes everything in rem, from the root size.
    await page.addInitScript((fontSize) => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = fontSize;
      });
    }, size);
    const wide: string[] = [];
    for (const path of SCREENS) if ((await overflow(page, path)) > 0) wide.push(path);
    await page.close();
    expect(wide).toEqual([]);
  });
});

describe('the lock screen', () => {
  it('does not scroll sideways at 320 px with the text at 200 %, "I forgot my code" open', async () => {
    await inFreshBrowser(async (locked) => {
      const page = await locked.context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await firstRun(page, 'Amina');
      await protectWithPin(page, base, '482913');
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.fontSize = '200%';
        });
      });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Carnet est verrouillé' }).waitFor();
      await page.locator('main details summary').click();
      await page.getByRole('button', { name: 'Tout effacer sur cet appareil' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  });
});
