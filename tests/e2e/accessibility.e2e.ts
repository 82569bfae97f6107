// Accessibility in the real browser: axe finds no violation on any screen, in French (light and
// dark) and in Arabic, and every control is big enough for a finger; a person using only the
// keyboard gets through every question, and the sticky navigation never hides what has the
// focus; Arabic is laid out right to left, with screenshots kept in test-results/ for a human.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { inFreshBrowser, launchBrowser, type Session } from './support/chromium';
import { freePort, serveBuild, type AppServer } from './support/server';
import { answerAll, answerOne, firstRun, MOLENBEEK_MOTHER } from './support/answer-bot';
import { smallTargets } from './support/targets';
import { switchLanguage } from './support/language';
import { protectWithPin } from './support/lock';

const builds = inject('builds');
const ARTEFACTS = new URL('../../test-results/', import.meta.url).pathname;
let server: AppServer;
let base: string;

// Every screen, with a household half answered so that lists, cards and forms are filled.
const SCREENS = [
  '/',
  '/household',
  '/questions',
  '/questions/incomes:m1',
  '/questions/statuses:m1',
  '/rights',
  '/rights/be-integration-income',
  '/rights/be-bim',
  '/notices',
  '/help',
  '/share',
  '/share?right=be-integration-income',
  '/receive',
  '/volunteer',
  '/settings',
];

beforeAll(async () => {
  server = await serveBuild(builds.current, await freePort());
  base = server.url;
  mkdirSync(ARTEFACTS, { recursive: true });
});

afterAll(async () => {
  await server.close();
});

async function withHousehold(session: Session, language: 'fr' | 'ar'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await firstRun(page, 'Amina');
  for (let i = 0; i < 6; i += 1) await answerOne(page, MOLENBEEK_MOTHER);
  if (language === 'ar') await switchLanguage(page, base, 'ar', /العربية/);
  return page;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Screens fill in from IndexedDB after the heading: let them settle before judging them.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
}

async function violations(page: Page, path: string): Promise<string[]> {
  await open(page, path);
  // axe's target-size rule counts whatever has scrolled under the sticky navigation as
  // obscured (axe-core#3720). Judged on a screen as tall as the page, nothing is under it;
  // the navigation never hiding a focused control is tested below with the keyboard.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  await page.setViewportSize(viewport);
  return results.violations.map(
    (violation) => `${path}: ${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.each([
  { language: 'fr', scheme: 'light' },
  { language: 'fr', scheme: 'dark' },
  { language: 'ar', scheme: 'light' },
] as const)('in $language, $scheme', ({ language, scheme }) => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    page = await withHousehold(session, language);
    await page.emulateMedia({ colorScheme: scheme });
  });

  afterAll(async () => {
    await session.close();
  });

  it('axe finds no violation on any screen', async () => {
    const found: string[] = [];
    for (const path of SCREENS) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });

  it('every control on every screen is at least 44 px for a finger', async () => {
    const small: string[] = [];
    for (const path of SCREENS) {
      await open(page, path);
      small.push(...(await smallTargets(page)).map((target) => `${path}: ${target}`));
    }
    expect(small).toEqual([]);
  });

  it('axe finds no violation with a glossary word opened', async () => {
    await open(page, '/rights/be-bim');
    await page.locator('main button.term').first().click();
    await page.locator('main .term-definition').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe.each(['fr', 'ar'] as const)('the lock screen in %s', (language) => {
  it('has no axe violation, only large targets, and opens with the keyboard alone', async () => {
    await inFreshBrowser(async (session) => {
      const page = await withHousehold(session, 'fr');
      await protectWithPin(page, base, '482913');
      if (language === 'ar') {
        // Picked here, not through a reload: a reload now would open on the lock screen.
        await page.getByRole('radio', { name: /العربية/ }).click();
        await page.waitForFunction(() => document.documentElement.lang === 'ar');
      }
      // The lock screen speaks the device's language, kept in plain settings: wait until it is saved.
      await page.waitForFunction(
        (code) =>
          new Promise<boolean>((resolve) => {
            const request = indexedDB.open('carnet');
            request.onsuccess = () => {
              const get = request.result.transaction('settings').objectStore('settings').get('device');
              get.onsuccess = () => {
                request.result.close();
                resolve(get.result?.value?.language === code);
              };
            };
          }),
        language,
      );

      // Each visit reloads the page, so each one starts on the lock screen.
      expect(await violations(page, '/')).toEqual([]);
      await open(page, '/');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      await page.locator('main details summary').click();
      expect(await smallTargets(page)).toEqual([]);
      expect(await violations(page, '/')).toEqual([]);

      await open(page, '/');
      const lockTitle = await page.getByRole('heading', { level: 1 }).textContent();
      await page.keyboard.press('Tab');
      await page.keyboard.type('482913');
      await page.keyboard.press('Enter');
      await page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, lockTitle);
      expect(await page.locator('input[type="password"]').count()).toBe(0);
    });
  });
});

describe('with the keyboard alone', () => {
  it('a person goes through every question to their rights without a mouse', async () => {
    await inFreshBrowser(async (session) => {
      const page = await session.context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await firstRun(page, 'Amina', 'keyboard');
      const asked = await answerAll(page, MOLENBEEK_MOTHER, 'keyboard');
      expect(asked).toEqual(expect.arrayContaining(['members', 'postal-code', 'birth-date:m1', 'incomes:m1', 'statuses:m1', 'tenure', 'school:m2']));
      // The end screen's heading has the focus, so the next Tab reaches its link.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      const link = page.getByRole('link', { name: 'Voir mes droits' });
      for (let i = 0; i < 20 && !(await link.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // The answers typed and chosen with the keyboard were saved: the rights follow from them.
      const probable = page.getByRole('region', { name: /Vous y avez probablement droit/ });
      await probable.getByRole('link', { name: "Revenu d'intégration" }).waitFor();
      await probable.getByRole('link', { name: 'Intervention majorée (BIM)' }).waitFor();
    });
  });

  it.each(['100%', '200%'])('a control reached with Tab is never hidden under the navigation (text at %s)', async (size) => {
    await inFreshBrowser(async (session) => {
      const page = await withHousehold(session, 'fr');
      await page.addInitScript((fontSize) => {
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.fontSize = fontSize;
        });
      }, size);
      const hidden: string[] = [];
      for (const path of ['/household', '/rights/be-integration-income', '/settings']) {
        await open(page, path);
        for (let i = 0; i < 60; i += 1) {
          await page.keyboard.press('Tab');
          const where = await page.evaluate(() => {
            const focused = document.activeElement;
            const nav = document.querySelector('.app-nav');
            if (!focused || !nav || nav.contains(focused) || focused === document.body) return undefined;
            const box = focused.getBoundingClientRect();
            const navTop = nav.getBoundingClientRect().top;
            // A control taller than the room above the navigation cannot be seen whole; it
            // must still show (WCAG 2.4.11). Any other control is seen whole.
            const fits = box.height <= navTop;
            const hidden = fits ? box.bottom > navTop + 1 || box.top < 0 : box.top >= navTop || box.bottom <= 0;
            return { what: focused.outerHTML.slice(0, 80), hidden };
          });
          if (where?.hidden) hidden.push(`${path}: ${where.what}`);
        }
      }
      expect(hidden).toEqual([]);
    }, { viewport: { width: 360, height: 640 } });
  });
});

describe('in Arabic', () => {
  it('lays the screens out from right to left', async () => {
    await inFreshBrowser(async (session) => {
      const page = await withHousehold(session, 'ar');
      await open(page, '/rights');
      const layout = await page.evaluate(() => {
        const heading = document.querySelector('main h1')!;
        const main = document.querySelector('main')!;
        const text = document.createRange();
        text.selectNodeContents(heading);
        const headingBox = text.getBoundingClientRect();
        const mainBox = main.getBoundingClientRect();
        return {
          dir: document.documentElement.dir,
          direction: getComputedStyle(main).direction,
          textAlign: getComputedStyle(heading).textAlign,
          // The words of a right-to-left heading start at the right edge of the screen.
          rightGap: Math.round(mainBox.right - headingBox.right),
        };
      });
      expect(layout).toMatchObject({ dir: 'rtl', direction: 'rtl' });
      expect(['start', 'right']).toContain(layout.textAlign);
      expect(layout.rightGap).toBeLessThan(40);
      await page.screenshot({ path: `${ARTEFACTS}arabic-rights.png`, fullPage: false });
      await open(page, '/questions/incomes:m1');
      await page.screenshot({ path: `${ARTEFACTS}arabic-question.png`, fullPage: false });
    }, { viewport: { width: 390, height: 844 } });
  });
});
