// Builds the app twice (two versions, to test the update flow) before the browser tests;
// E2E_NO_BUILD=1 reuses the builds of a previous run in dist-e2e/.
// The build runs with NODE_ENV=production: vitest's NODE_ENV=test would leak into it and
// produce a React development bundle.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_MISSING_MESSAGE, chromiumIsInstalled } from './support/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUILDS = { current: resolve(ROOT, 'dist-e2e/current'), next: resolve(ROOT, 'dist-e2e/next') };

function build(outDir: string, buildId: string): void {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', CARNET_BUILD_ID: buildId },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export default function setup(project: TestProject): void {
  if (!chromiumIsInstalled()) throw new Error(CHROMIUM_MISSING_MESSAGE);
  if (process.env.E2E_NO_BUILD !== '1') {
    build(BUILDS.current, 'e2e-current');
    build(BUILDS.next, 'e2e-next');
  }
  project.provide('builds', BUILDS);
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: typeof BUILDS;
  }
}
