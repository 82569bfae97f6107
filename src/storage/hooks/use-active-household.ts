// The household being looked at on this device: the one chosen in settings if it still
// exists, otherwise the most recently changed one. Summaries only; a screen that needs the
// profile reads it with useHousehold(active.id).
import { useLiveQuery } from 'dexie-react-hooks';
import { listHouseholdSummaries } from '../repositories/household-summaries';
import { useSettings } from './shell-hooks';
import { householdInUse, type HouseholdSummary } from '../household-summary';

export interface ActiveHousehold {
  loading: boolean;
  active: HouseholdSummary | undefined;
  households: HouseholdSummary[];
  unreadable: string[];
}

export function useActiveHousehold(): ActiveHousehold {
  const list = useLiveQuery(listHouseholdSummaries, []);
  const settings = useSettings();
  if (!list || !settings) return { loading: true, active: undefined, households: [], unreadable: [] };
  return { loading: false, active: householdInUse(list.households, settings.activeHouseholdId), households: list.households, unreadable: list.unreadable };
}
