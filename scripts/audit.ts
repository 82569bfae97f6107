// `npm run audit`: Lighthouse (mobile) on the built app in Debian's Chromium. Prints the
// accessibility, best-practices and performance scores of the screens a first visit can reach,
// with the audits that lost points and, for accessibility, the elements and Lighthouse's reason.
// Lighthouse runs as a child process, spawned asynchronously: a synchronous spawn would block
// the preview server living in this same process, and Lighthouse would wait for it forever.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { freePort, serveBuild } from '../tests/e2e/support/server';

const PATHS = ['/', '/rights', '/rights/be-bim', '/help', '/settings'];
const CATEGORIES = ['accessibility', 'best-practices', 'performance'] as const;
const TIMEOUT_MS = 120_000;

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: { node?: { nodeLabel?: string; explanation?: string } }[] };
}

function lighthouse(url: string, outputPath: string): Promise<void> {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Lighthouse did not finish on ${url} within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Lighthouse exited with ${code} on ${url}`));
    });
  });
}

/** The audits of a category that cost it points. */
function lostPoints(report: Report, category: (typeof CATEGORIES)[number]): Audit[] {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit): audit is Audit => !!audit && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1);
}

/** Which elements failed an accessibility audit, and Lighthouse's first reason for each. */
function failingElements(audit: Audit): string[] {
  return (audit.details?.items ?? []).map(
    ({ node }) => `"${node?.nodeLabel ?? '?'}": ${node?.explanation?.split('\n')[1]?.trim() ?? node?.explanation ?? ''}`,
  );
}

const server = await serveBuild('dist', await freePort());
const work = mkdtempSync(join(tmpdir(), 'carnet-audit-'));
let accessibilityBelow100 = 0;
try {
  console.log(`Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version as string}, mobile, Chromium at ${CHROMIUM_PATH}`);
  console.log(`${'screen'.padEnd(18)}${CATEGORIES.map((category) => category.padStart(16)).join('')}`);
  for (const path of PATHS) {
    const output = join(work, 'report.json');
    await lighthouse(`${server.url}${path}`, output);
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const scores = CATEGORIES.map((category) => Math.round((report.categories[category].score ?? 0) * 100));
    console.log(`${path.padEnd(18)}${scores.map((score) => String(score).padStart(16)).join('')}`);
    for (const category of CATEGORIES) {
      for (const audit of lostPoints(report, category)) {
        console.log(`  ${category}: ${audit.title} (${Math.round(audit.score! * 100)})`);
        if (category === 'accessibility') for (const element of failingElements(audit)) console.log(`    ${element}`);
      }
    }
    if (scores[0]! < 100) accessibilityBelow100 += 1;
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(
  accessibilityBelow100 === 0
    ? `accessibility: 100 on all ${PATHS.length} screens audited`
    : `accessibility: under 100 on ${accessibilityBelow100} of ${PATHS.length} screens (see above)`,
);
