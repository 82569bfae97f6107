// npm run bench:lock — what the PIN lock costs: deriving the key from a PIN (each unlock, and
// each guess of someone trying PINs on a copied database), and sealing then opening one
// household as Carnet stores it. Web Crypto in Node, on this machine's CPU: a cheap phone is
// slower, a GPU far faster at guessing (docs/security.md).
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { createLock, openJson, PBKDF2_ITERATIONS, sealJson, unlock } from '../src/domain/lock/lock';
import { arbitraryProfile } from '../src/domain/testing/arbitrary-profile';

const DERIVATIONS = Number(process.env.BENCH_DERIVATIONS ?? 10);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 2_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const { record, key } = await createLock('482913');
const unlocks: number[] = [];
for (let i = 0; i < DERIVATIONS; i += 1) {
  const t0 = performance.now();
  await unlock(record, i % 2 === 0 ? '482913' : '000000');
  unlocks.push(performance.now() - t0);
}
const unlockMs = median(unlocks);
console.log(`unlock (PBKDF2-SHA-256, ${PBKDF2_ITERATIONS.toLocaleString('en')} iterations): median ${unlockMs.toFixed(0)} ms over ${DERIVATIONS}`);
console.log(`  → one core tries about ${(1000 / unlockMs).toFixed(1)} PINs/s; all 10^6 six-digit PINs take ${((1e6 * unlockMs) / 3_600_000).toFixed(0)} core-hours`);

const rows = fc.sample(arbitraryProfile, { numRuns: HOUSEHOLDS, seed: 7 }).map((profile, index) => ({ name: `Ménage ${index}`, profile }));
const seal: number[] = [];
const open: number[] = [];
let bytes = 0;
for (const row of rows) {
  const t0 = performance.now();
  const sealed = await sealJson(key, row);
  const t1 = performance.now();
  await openJson(key, sealed);
  open.push(performance.now() - t1);
  seal.push(t1 - t0);
  bytes += sealed.data.length;
}
console.log(`seal one household: median ${(median(seal) * 1000).toFixed(0)} µs; open: median ${(median(open) * 1000).toFixed(0)} µs (${HOUSEHOLDS} generated households, ${(bytes / HOUSEHOLDS / 1024).toFixed(1)} KB sealed on average)`);
