// npm run golden:update — writes the engine's current answers into each golden household's
// "expected", and prints what changed. Run it only after reading every change against the
// household's comment: a golden file records what the answers SHOULD be.
import { readFileSync, writeFileSync } from 'node:fs';
import { readProfile } from '../src/domain/profile';
import { CATALOGUE, evaluateRights } from '../src/domain/rights';
import { goldenHouseholds } from '../tests/golden/golden-households';

let changes = 0;
for (const household of goldenHouseholds()) {
  const read = readProfile(household.profile);
  if (!read.ok) throw new Error(`${household.name}: invalid profile ${JSON.stringify(read.issues)}`);
  const results = evaluateRights(read.profile, household.asOf, CATALOGUE).results;
  const expected = Object.fromEntries(
    results.map((r) => [r.id, { status: r.status, ...(r.receiving ? { receiving: true } : {}), ...(r.after.length > 0 ? { after: r.after } : {}) }]),
  );
  for (const [id, now] of Object.entries(expected)) {
    const before = household.expected?.[id];
    if (JSON.stringify(before) !== JSON.stringify(now)) {
      changes += 1;
      console.log(`${household.name} ${id}: ${JSON.stringify(before ?? null)} → ${JSON.stringify(now)}`);
    }
  }
  const doc = JSON.parse(readFileSync(household.file, 'utf8')) as Record<string, unknown>;
  doc.expected = expected;
  writeFileSync(household.file, `${JSON.stringify(doc, null, 2)}\n`);
}
console.log(`${changes} change(s) written.`);
