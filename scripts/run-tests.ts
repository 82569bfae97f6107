// `npm test`: unit, component and real-browser tests in one run, ending with the plain line
// "N passed, N failed" (also written to test-results/summary.txt for CI).
//
// Without Chromium the run stops at once with one line saying how to install it.
// CARNET_SKIP_BROWSER_TESTS=1 skips the browser tests deliberately, and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM_MISSING_MESSAGE, chromiumIsInstalled } from '../tests/e2e/support/chromium';

const REPORT = 'test-results/vitest.json';
const SUMMARY = 'test-results/summary.txt';
const skipBrowser = process.env.CARNET_SKIP_BROWSER_TESTS === '1';

function finish(passed: number, failed: number, code: number): never {
  const line = `${passed} passed, ${failed} failed`;
  writeFileSync(SUMMARY, `${line}\n`);
  console.log(line);
  process.exit(code);
}

mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });

if (!skipBrowser && !chromiumIsInstalled()) {
  console.error(CHROMIUM_MISSING_MESSAGE);
  finish(0, 1, 1);
}

const projects = skipBrowser ? ['--project', 'unit'] : [];
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  { stdio: 'inherit' },
);

if (skipBrowser) console.log('Browser tests SKIPPED (CARNET_SKIP_BROWSER_TESTS=1): only unit and component tests ran.');

if (!existsSync(REPORT)) {
  console.error('The test runner stopped before reporting any result (see the error above).');
  finish(0, 1, run.status || 1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number; success: boolean };
// A file that fails to load counts as a failure even when no single test failed.
const failed = report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1);
finish(report.numPassedTests, failed, run.status ?? 1);
