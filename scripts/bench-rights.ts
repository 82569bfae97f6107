// npm run bench:rights — bundled first with esbuild, as the app ships the engine (tsx would
// add a wrapper to every function). Evaluates the whole catalogue, reasons included, for 10 000 generated
// households on one core, and prints households per second and the median microseconds per
// household. A second pass also turns every reason into French text, as the app shows them.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CATALOGUE, evaluateRights } from '../src/domain/rights';
import { arbitraryProfile } from '../src/domain/testing/arbitrary-profile';
import { renderReason } from '../src/i18n/render-reason';
import { cliTexts } from '../src/cli/cli-texts';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 10_000);
const AS_OF = '2026-11-22';
const profiles = fc.sample(arbitraryProfile, { numRuns: HOUSEHOLDS, seed: 42 });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(label: string, evaluate: (index: number) => number): void {
  // Warm-up so that the figures are those of optimised code, as on a phone after a few answers.
  for (let i = 0; i < Math.min(2_000, HOUSEHOLDS); i += 1) evaluate(i);
  const perHousehold: number[] = new Array(HOUSEHOLDS);
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < HOUSEHOLDS; i += 1) {
    const t0 = performance.now();
    sink += evaluate(i);
    perHousehold[i] = (performance.now() - t0) * 1000;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${label.padEnd(34)} ${String(Math.round(HOUSEHOLDS / seconds)).padStart(8)} households/s   median ${median(perHousehold).toFixed(1).padStart(6)} µs/household   (${sink} results)`,
  );
}

console.log(`rights engine: ${CATALOGUE.rights.length} rights, catalogue ${CATALOGUE.version}, ${HOUSEHOLDS} households, Node ${process.version}`);
measure('engine, reasons as data', (i) => {
  const results = evaluateRights(profiles[i]!, AS_OF, CATALOGUE).results;
  let n = 0;
  for (const result of results) n += result.reasons.length > 0 ? 1 : 0;
  return n;
});

const texts = await cliTexts('fr', pathToFileURL(`${process.cwd()}/locales/`));
const t = texts.t.bind(texts) as unknown as (key: string, options?: Record<string, unknown>) => string;
measure('engine + reasons in French text', (i) => {
  let n = 0;
  for (const result of evaluateRights(profiles[i]!, AS_OF, CATALOGUE).results) {
    for (const reason of result.reasons) n += renderReason(reason, t, 'fr').length > 0 ? 1 : 0;
  }
  return n;
});
