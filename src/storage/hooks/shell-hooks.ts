// Live queries the app shell needs on every screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../domain/calendar/iso-date';
import { getSettings } from '../repositories/settings';
import { countUnreadNotices } from '../repositories/notices-count';
import type { DeviceSettings } from '../records';

export function useSettings(): DeviceSettings | undefined {
  return useLiveQuery(getSettings, []);
}

export function useUnreadNoticeCount(householdId: string | undefined): number {
  const today = todayIso();
  return useLiveQuery(async () => (householdId ? countUnreadNotices(householdId, today) : 0), [householdId, today]) ?? 0;
}
