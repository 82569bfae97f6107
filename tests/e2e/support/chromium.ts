// Launching Debian's Chromium (never a downloaded browser) with a fresh profile per test.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_MISSING_MESSAGE =
  `Chromium not found at ${CHROMIUM_PATH}: install it with "sudo apt-get install -y chromium" ` +
  '(or set CARNET_SKIP_BROWSER_TESTS=1 to skip the browser tests deliberately).';

export function chromiumIsInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

// Flags: run as root in a container, and never reach out to Google (the network is closed,
// and the tests assert that the app talks to no other origin).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface Session {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * A persistent context: Chromium's installability check answers "in-incognito" for the
 * ordinary (incognito-like) contexts, and service workers behave as on a real phone.
 */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'carnet-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'fr-BE',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `run` in a browser of its own (a fresh profile, so a fresh IndexedDB), closed afterwards. */
export async function inFreshBrowser<T>(run: (session: Session) => Promise<T>, options: { viewport?: { width: number; height: number } } = {}): Promise<T> {
  const session = await launchBrowser(options);
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}
