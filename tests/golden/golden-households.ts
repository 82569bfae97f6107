// Reads the golden households: real-looking situations, each with a comment saying why its
// answers are what they are, and the answers expected for every right of the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Golden {
  name: string;
  file: string;
  comment: string;
  asOf: string;
  profile: unknown;
  expected?: Record<string, { status: string; after?: string[] }>;
}

export const GOLDEN_DIR = resolve(import.meta.dirname, 'households');

export function goldenHouseholds(): Golden[] {
  return readdirSync(GOLDEN_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = resolve(GOLDEN_DIR, name);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { $comment: string; asOf: string; profile: unknown; expected?: Golden['expected'] };
      return { name: name.replace(/\.json$/, ''), file, comment: doc.$comment, asOf: doc.asOf, profile: doc.profile, ...(doc.expected ? { expected: doc.expected } : {}) };
    });
}
