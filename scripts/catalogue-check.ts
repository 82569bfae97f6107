// npm run catalogue:check [-- --date YYYY-MM-DD]
// Lists the legal figures whose last check against their source is older than 12 months (and
// fails then: re-check before a release), and, for information, the figures the research could
// not confirm, those past the period their source covers, and rights checked too long ago.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { addDays, isIsoDate, todayIso } from '../src/domain/calendar/iso-date';
import type { Parameter } from '../src/domain/rights/parameters/parameter';
import { CATALOGUE } from '../src/domain/rights';

const dateArg = process.argv.indexOf('--date');
const today = dateArg >= 0 ? process.argv[dateArg + 1] ?? '' : todayIso();
if (!isIsoDate(today)) {
  console.error(`catalogue:check: --date expects YYYY-MM-DD, got "${today}"`);
  process.exit(2);
}
const yearAgo = addDays(today, -365);

/** Any dated dataset: a parameter, or a table (e.g. the MAF brackets) with an id and a check date. */
type Dataset = Pick<Parameter, 'id' | 'checkedOn'> & Partial<Parameter>;

function isDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && 'id' in value && 'checkedOn' in value;
}

const folder = resolve(import.meta.dirname, '../src/domain/rights/parameters');
const parameters: Dataset[] = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'parameter.ts')) {
  const module = (await import(pathToFileURL(resolve(folder, file)).href)) as Record<string, unknown>;
  for (const value of Object.values(module)) if (isDataset(value)) parameters.push(value);
}

const stale = parameters.filter((p) => p.checkedOn < yearAgo);
const unverified = parameters.filter((p): p is Parameter => p.values?.some((v) => !v.verified) ?? false);
const expired = parameters.filter((p): p is Parameter => {
  const latest = [...(p.values ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return latest?.validUntil !== undefined && latest.validUntil < today;
});
const staleRights = CATALOGUE.rights.filter((r) => r.checkedOn < yearAgo);

const list = (title: string, items: string[]) => {
  console.log(`\n${title}: ${items.length}`);
  for (const item of items) console.log(`  - ${item}`);
};

console.log(`catalogue ${CATALOGUE.version}: ${CATALOGUE.rights.length} rights, ${parameters.length} parameters, checked on ${today}`);
list('Parameters last checked more than 12 months ago (re-check against the source)', stale.map((p) => `${p.id} (checked ${p.checkedOn})`));
list('Rights last checked more than 12 months ago', staleRights.map((r) => `${r.id} (checked ${r.checkedOn})`));
list(
  'Figures the research could not confirm (the app says "to confirm with your office" where they decide)',
  unverified.map((p) => `${p.id}: ${p.values.filter((v) => !v.verified).map((v) => `${v.value} from ${v.validFrom}`).join(', ')}`),
);
list(
  'Figures past the period their source covers (used as bounds: look for the new value)',
  expired.map((p) => {
    const latest = [...p.values].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]!;
    return `${p.id}: ${latest.value} until ${latest.validUntil}${p.direction === 'up' ? ' (only rises)' : ''}`;
  }),
);

if (stale.length > 0 || staleRights.length > 0) {
  console.error(`\ncatalogue:check: ${stale.length + staleRights.length} item(s) not checked for more than 12 months.`);
  process.exit(1);
}
