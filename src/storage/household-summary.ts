// What the shell and the home screen need of a household: its id, nickname and language.
// Checked by hand rather than with the full profile schema, so that the first screen does not
// load the validator (the full profile is validated by the screens that read it).
export interface HouseholdSummary {
  id: string;
  name: string;
  language?: string;
  updatedAt: string;
}

/** The household in use: the one chosen in settings if it still exists, else the most recently changed. */
export function householdInUse<H extends { id: string }>(households: readonly H[], activeHouseholdId: string | undefined): H | undefined {
  return households.find((household) => household.id === activeHouseholdId) ?? households[0];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function readHouseholdSummary(raw: unknown): HouseholdSummary | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, name, language, updatedAt, profile } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || name.length > 200) return undefined;
  if (typeof updatedAt !== 'string' || !TIMESTAMP.test(updatedAt)) return undefined;
  if (typeof profile !== 'object' || profile === null) return undefined;
  if (language !== undefined && typeof language !== 'string') return undefined;
  return { id, name, updatedAt, ...(language ? { language } : {}) };
}
