// Prints what a first visit downloads and what the service worker precaches, and fails when a
// budget in scripts/budget.json is exceeded. Run after `vite build` (npm run budget builds).
//
// "First screen" = the entry chunk, everything it imports statically, and the chunk of the
// Home screen with its static imports: exactly the JavaScript a phone must fetch and parse
// before it can show the first screen. Sizes are gzip level 9, as a static host serves them.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
  css?: string[];
}

const DIST = 'dist';
const FIRST_ROUTE = 'src/features/home/home-screen.tsx';
// The texts the shell loads before the first screen (src/i18n/i18n.ts); each screen fetches
// its own namespaces when it opens.
const FIRST_TEXTS = ['locales/fr/common.json', 'locales/fr/errors.json'];
const budget = JSON.parse(readFileSync('scripts/budget.json', 'utf8')) as {
  firstScreenJs: number;
  firstScreenTexts: number;
  precacheGzip: number;
  serviceWorkerGzip: number;
};
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const child of manifest[key]?.imports ?? []) visit(child);
  };
  keys.forEach(visit);
  return seen;
}

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry || !manifest[FIRST_ROUTE]) {
  console.error(`budget: no entry or no ${FIRST_ROUTE} chunk in ${DIST}/.vite/manifest.json — run "vite build" first.`);
  process.exit(2);
}

const firstScreen = [...closure([entry, FIRST_ROUTE])].map((key) => manifest[key]!.file);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

console.log('First screen JavaScript (gzip -9):');
let firstTotal = 0;
for (const file of firstScreen.sort()) {
  const size = gzipSize(file);
  firstTotal += size;
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(9)}`);
}

let textsTotal = 0;
for (const key of FIRST_TEXTS) {
  const file = manifest[key]?.file;
  if (!file) {
    console.error(`budget: ${key} is not in the build manifest.`);
    process.exit(2);
  }
  textsTotal += gzipSize(file);
}

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
let precacheRaw = 0;
let precacheGzip = 0;
for (const file of precached) {
  precacheRaw += statSync(join(DIST, file)).size;
  precacheGzip += gzipSize(file);
}

const workerGzip = gzipSize('sw.js');

const lines = [
  `first-screen JS: ${kb(firstTotal)} gzip (budget ${kb(budget.firstScreenJs)})`,
  `first-screen texts (French, loaded with it): ${kb(textsTotal)} gzip (budget ${kb(budget.firstScreenTexts)})`,
  `precache: ${precached.length} files, ${kb(precacheRaw)} raw, ${kb(precacheGzip)} gzip (budget ${kb(budget.precacheGzip)})`,
  `service worker (plans reminders offline): ${kb(statSync(join(DIST, 'sw.js')).size)} raw, ${kb(workerGzip)} gzip (budget ${kb(budget.serviceWorkerGzip)})`,
];
console.log(lines.join('\n'));

const over = [
  firstTotal > budget.firstScreenJs && 'first-screen JavaScript',
  textsTotal > budget.firstScreenTexts && 'first-screen texts',
  precacheGzip > budget.precacheGzip && 'precache',
  workerGzip > budget.serviceWorkerGzip && 'service worker',
].filter(Boolean);
if (over.length > 0) {
  console.error(`budget exceeded: ${over.join(', ')}`);
  process.exit(1);
}
