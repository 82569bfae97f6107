// Two test projects: "unit" (domain, storage, components in jsdom with fake-indexeddb) and
// "browser" (the built app in Debian's Chromium, driven by playwright-core).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: { __BUILD_ID__: JSON.stringify('test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          alias: { 'virtual:pwa-register': new URL('./tests/unit/doubles/pwa-register.ts', import.meta.url).pathname },
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          // The `rights` command run as a process, and the golden households through it.
          name: 'cli',
          environment: 'node',
          include: ['tests/cli/**/*.test.ts', 'tests/golden/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
