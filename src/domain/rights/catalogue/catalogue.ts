// The catalogue: every right Carnet knows, in the contract's order, with the version that the
// `rights` command and exports report. Bump the version when a rule or a figure changes.
import type { Catalogue } from '../engine/evaluate';
import type { RightDefinition } from '../engine/rule';
import { FEDERAL_CORE } from '../rules/groups/federal-core';
import { FEDERAL_MORE } from '../rules/groups/federal-more';
import { FAMILY } from '../rules/groups/family';
import { HOUSING } from '../rules/groups/housing';
import { CARE_INTEGRATION_CULTURE } from '../rules/groups/care-integration-culture';
import { RIGHT_IDS } from './right-ids';

export const CATALOGUE_VERSION = '2026.11.0';

const ORDER = new Map<string, number>(RIGHT_IDS.map((id, index) => [id, index]));

const rights: RightDefinition[] = [...FEDERAL_CORE, ...FEDERAL_MORE, ...FAMILY, ...HOUSING, ...CARE_INTEGRATION_CULTURE].sort(
  (a, b) => (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0),
);

export const CATALOGUE: Catalogue = { version: CATALOGUE_VERSION, rights };
