// Each household keeps its own language: on a shared tablet, the Arabic-speaking family and the
// Dutch-speaking one each find Carnet in theirs when their household is opened.
import { householdInUse } from '../household-summary';
import { listHouseholdSummaries } from './household-summaries';
import { getSettings, updateSettings } from './settings';

/**
 * The language picked in settings: for the device (new households start in it) and for the
 * household in use, looked up now rather than taken from a screen that may not have read it yet.
 */
export async function pickLanguage(language: string): Promise<void> {
  await updateSettings({ language });
  const [settings, { households }] = await Promise.all([getSettings(), listHouseholdSummaries()]);
  const inUse = householdInUse(households, settings.activeHouseholdId);
  if (!inUse) return;
  // Loaded when used: the writer brings the validator and the sealing, kept off the first screen.
  const { rewriteHousehold } = await import('./households');
  // Not a change to the household's answers: updatedAt (the order of the list) stays.
  await rewriteHousehold(inUse.id, (row) => ({ ...row, language }));
}
